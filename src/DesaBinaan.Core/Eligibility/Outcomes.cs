namespace DesaBinaan.Core.Eligibility;

/// <summary>The three-valued logic of composite criteria (with "not applicable" and dates).</summary>
internal static class Outcomes
{
    /// <summary>Folds one more part into an all-of accumulator.</summary>
    internal struct AllOfAccumulator : IOutcomeAccumulator
    {
        private bool any;
        private bool notMet;
        private bool unknown;
        private int latestNotYet;
        private int latestMet;
        private bool metWithoutDate;

        public void Add(CriterionResult r)
        {
            switch (r.Outcome)
            {
                case CriterionOutcome.NotApplicable:
                    return;
                case CriterionOutcome.Met:
                    if (r.HasDate)
                    {
                        latestMet = Math.Max(latestMet, r.DayNumber + 1);
                    }
                    else
                    {
                        metWithoutDate = true;
                    }

                    break;
                case CriterionOutcome.NotMet:
                    if (r.HasDate)
                    {
                        latestNotYet = Math.Max(latestNotYet, r.DayNumber + 1);
                    }
                    else
                    {
                        notMet = true;
                    }

                    break;
                default:
                    unknown = true;
                    break;
            }

            any = true;
        }

        public readonly CriterionResult Result()
        {
            if (!any)
            {
                return CriterionResult.NotApplicable;
            }

            if (notMet)
            {
                return CriterionResult.NotMet;
            }

            if (unknown)
            {
                return CriterionResult.Unknown;
            }

            if (latestNotYet != 0)
            {
                return CriterionResult.NotMetUntil(latestNotYet - 1);
            }

            return latestMet != 0 && !metWithoutDate ? CriterionResult.MetSince(latestMet - 1) : CriterionResult.Met;
        }
    }

    /// <summary>Folds one more part into an any-of accumulator.</summary>
    internal struct AnyOfAccumulator : IOutcomeAccumulator
    {
        private bool any;
        private bool met;
        private bool metWithoutDate;
        private bool unknown;
        private int earliestMet;
        private int earliestNotYet;

        public void Add(CriterionResult r)
        {
            switch (r.Outcome)
            {
                case CriterionOutcome.NotApplicable:
                    return;
                case CriterionOutcome.Met:
                    met = true;
                    if (r.HasDate)
                    {
                        earliestMet = earliestMet == 0 ? r.DayNumber + 1 : Math.Min(earliestMet, r.DayNumber + 1);
                    }
                    else
                    {
                        metWithoutDate = true;
                    }

                    break;
                case CriterionOutcome.NotMet:
                    if (r.HasDate)
                    {
                        earliestNotYet = earliestNotYet == 0 ? r.DayNumber + 1 : Math.Min(earliestNotYet, r.DayNumber + 1);
                    }

                    break;
                default:
                    unknown = true;
                    break;
            }

            any = true;
        }

        public readonly CriterionResult Result()
        {
            if (!any)
            {
                return CriterionResult.NotApplicable;
            }

            if (met)
            {
                return earliestMet != 0 && !metWithoutDate ? CriterionResult.MetSince(earliestMet - 1) : CriterionResult.Met;
            }

            if (unknown)
            {
                return CriterionResult.Unknown;
            }

            return earliestNotYet != 0 ? CriterionResult.NotMetUntil(earliestNotYet - 1) : CriterionResult.NotMet;
        }
    }

    public static CriterionResult Negate(CriterionResult r) => r.Outcome switch
    {
        CriterionOutcome.Met => CriterionResult.NotMet,
        CriterionOutcome.NotMet => CriterionResult.Met,
        _ => r,
    };
}
