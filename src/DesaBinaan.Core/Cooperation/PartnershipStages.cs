namespace DesaBinaan.Core.Cooperation;

/// <summary>Which stage may follow which (DOMAIN.md §6).</summary>
public static class PartnershipStages
{
    /// <summary>Returns whether a partnership may move from one stage to another.</summary>
    /// <param name="from">The current stage.</param>
    /// <param name="to">The next stage.</param>
    /// <returns>True when the step is allowed.</returns>
    /// <remarks>
    /// Exploration → coordination or abandoned; coordination → agreed in principle, agreement signed or abandoned;
    /// agreed in principle → agreement signed or abandoned; agreement signed → active or terminated; active, under
    /// evaluation and extended → each other (evaluation returns to active), ended or terminated. Ended, terminated
    /// and abandoned are final.
    /// </remarks>
    public static bool IsAllowed(PartnershipStage from, PartnershipStage to) => (from, to) switch
    {
        (PartnershipStage.Exploration, PartnershipStage.Coordination or PartnershipStage.Abandoned) => true,
        (PartnershipStage.Coordination, PartnershipStage.AgreedInPrinciple or PartnershipStage.AgreementSigned or PartnershipStage.Abandoned) => true,
        (PartnershipStage.AgreedInPrinciple, PartnershipStage.AgreementSigned or PartnershipStage.Abandoned) => true,
        (PartnershipStage.AgreementSigned, PartnershipStage.Active or PartnershipStage.Terminated) => true,
        (PartnershipStage.Active, PartnershipStage.UnderEvaluation or PartnershipStage.Extended or PartnershipStage.Ended or PartnershipStage.Terminated) => true,
        (PartnershipStage.UnderEvaluation, PartnershipStage.Active or PartnershipStage.Extended or PartnershipStage.Ended or PartnershipStage.Terminated) => true,
        (PartnershipStage.Extended, PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Ended or PartnershipStage.Terminated) => true,
        _ => false,
    };

    /// <summary>Returns whether a stage is final (ended, terminated or abandoned).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>True when no step may follow.</returns>
    public static bool IsFinal(this PartnershipStage stage) =>
        stage is PartnershipStage.Ended or PartnershipStage.Terminated or PartnershipStage.Abandoned;

    /// <summary>Returns whether a stage follows the signing of an agreement and is not final (signed, active, under evaluation, extended).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>True when an agreement has been signed and the partnership has not closed.</returns>
    public static bool IsUnderAgreement(this PartnershipStage stage) =>
        stage is PartnershipStage.AgreementSigned or PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Extended;
}
