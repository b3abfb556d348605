namespace DesaBinaan.Core.Sentencing;

/// <summary>How a minimum time served beside a fraction ("2/3, and at least 9 months") is counted.</summary>
public enum MinimumServed
{
    /// <summary>Days actually in custody, without the remission credit: "at least 9 months in the institution" (UU 1/2023 Penjelasan Pasal 72 ayat (1)).</summary>
    DaysInCustody = 0,

    /// <summary>Days in custody plus the remissions granted by the day, as for the fraction itself.</summary>
    WithRemissionCredit = 1,
}
