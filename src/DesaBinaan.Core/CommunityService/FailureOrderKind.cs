namespace DesaBinaan.Core.CommunityService;

/// <summary>What the judgment orders when the person fails to serve community service without a valid reason (UU 1/2023 Pasal 85 ayat (7)).</summary>
public enum FailureOrderKind
{
    /// <summary>Repeat all or part of the community service (ayat (7) huruf a).</summary>
    RepeatHours = 0,

    /// <summary>Serve all or part of the prison term the community service replaced (ayat (7) huruf b).</summary>
    ServeReplacedPrisonTerm = 1,

    /// <summary>Pay all or part of the fine the community service replaced (ayat (7) huruf c).</summary>
    PayReplacedFine = 2,
}
