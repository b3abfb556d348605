namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The remission rules' answer without text (<see cref="RemissionEntitlements.Decide"/>): what <see cref="RemissionEntitlement"/>
/// explains, and what the population's remission day reads without allocating. The code is one of the literal reason codes.
/// </summary>
internal struct RemissionVerdict
{
    public RemissionEntitlementStatus Status;
    public string Code;
    public SentenceTerm Amount;
    public SentenceTerm Tabled;
    public SentenceTerm General;
    public int RawDays;
    public int Served;
    public int FromDay;
    public int Left;
    public int Expiry;
    public int TermDays;
    public int Year;
    public int Basis;
    public int Twelfth;
    public bool CappedAtMaximum;
    public bool Capped;
    public bool Releases;

    public static RemissionVerdict NotDue(string code, int termDays = 0, int expiry = 0) =>
        new() { Status = RemissionEntitlementStatus.NotDue, Code = code, TermDays = termDays, Expiry = expiry };
}
