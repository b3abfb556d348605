using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Tests.Scopes;

public sealed class ScopeHistoryTests
{
    private static readonly ScopeKind Scope = ScopeKind.EnvironmentalCleanliness;
    private static readonly LocalDate Meeting = new(2026, 4, 29);

    private static ScopeStateChange Change(ScopeState state, LocalDate date) =>
        new(Scope, state, date, ScopeStateBasis.Meeting("rapat-" + date.ToString("yyyy-MM-dd", null)));

    // DOMAIN.md §1/§6: the scope agreed at the 29 April meeting holds from that date; the next steps are dated.
    [Fact]
    public void StateOn_ReturnsTheLastChangeOnOrBeforeTheDate()
    {
        var history = new ScopeHistory(Scope, [])
            .With(Change(ScopeState.AgreedInPrinciple, Meeting))
            .With(new ScopeStateChange(Scope, ScopeState.CoveredByAgreement, new LocalDate(2026, 6, 1), ScopeStateBasis.Agreement("PKS/1")))
            .With(new ScopeStateChange(Scope, ScopeState.Active, new LocalDate(2026, 6, 5), ScopeStateBasis.Decision("SK/2")));
        history.StateOn(Meeting.PlusDays(-1)).Should().BeNull();
        history.StateOn(Meeting).Should().Be(ScopeState.AgreedInPrinciple);
        history.StateOn(new LocalDate(2026, 6, 4)).Should().Be(ScopeState.CoveredByAgreement);
        history.ChangeOn(new LocalDate(2026, 6, 4))!.Basis.Should().Be(ScopeStateBasis.Agreement("PKS/1"));
        history.Current.Should().Be(ScopeState.Active);
    }

    [Theory]
    [InlineData(null, ScopeState.Proposed, true)]
    [InlineData(null, ScopeState.AgreedInPrinciple, true)]
    [InlineData(null, ScopeState.CoveredByAgreement, true)]
    [InlineData(null, ScopeState.Active, false)]
    [InlineData(null, ScopeState.Suspended, false)]
    [InlineData(ScopeState.Proposed, ScopeState.AgreedInPrinciple, true)]
    [InlineData(ScopeState.Proposed, ScopeState.Active, false)]
    [InlineData(ScopeState.AgreedInPrinciple, ScopeState.CoveredByAgreement, true)]
    [InlineData(ScopeState.AgreedInPrinciple, ScopeState.Active, false)]
    [InlineData(ScopeState.CoveredByAgreement, ScopeState.Active, true)]
    [InlineData(ScopeState.Active, ScopeState.Suspended, true)]
    [InlineData(ScopeState.Suspended, ScopeState.Active, true)]
    [InlineData(ScopeState.Active, ScopeState.Ended, true)]
    [InlineData(ScopeState.Ended, ScopeState.Active, false)]
    [InlineData(ScopeState.Ended, ScopeState.CoveredByAgreement, true)]
    [InlineData(ScopeState.Active, ScopeState.Proposed, false)]
    public void Transitions_FollowTheLifeOfAScope(ScopeState? from, ScopeState to, bool allowed)
    {
        // DOMAIN.md §6: a scope is agreed, then covered by a signed agreement, then carried out; it can be suspended.
        ScopeTransitions.IsAllowed(from, to).Should().Be(allowed);
    }

    [Fact]
    public void With_ForbiddenTransition_Throws()
    {
        var history = new ScopeHistory(Scope, [Change(ScopeState.AgreedInPrinciple, Meeting)]);
        history.CanApply(Change(ScopeState.Active, Meeting)).Should().BeFalse();
        var act = () => history.With(Change(ScopeState.Active, Meeting));
        act.Should().Throw<ArgumentException>().WithParameterName("changes").WithMessage("*cannot move from AgreedInPrinciple to Active*");
    }

    [Fact]
    public void With_EarlierDate_Throws()
    {
        var history = new ScopeHistory(Scope, [Change(ScopeState.AgreedInPrinciple, Meeting)]);
        var act = () => history.With(Change(ScopeState.CoveredByAgreement, Meeting.PlusDays(-1)));
        act.Should().Throw<ArgumentException>().WithParameterName("changes").WithMessage("*date order*");
    }

    [Fact]
    public void With_OtherScope_Throws()
    {
        var history = new ScopeHistory(Scope, []);
        var other = new ScopeStateChange(ScopeKind.Fisheries, ScopeState.Proposed, Meeting, ScopeStateBasis.Meeting("m"));
        history.CanApply(other).Should().BeFalse();
        var act = () => history.With(other);
        act.Should().Throw<ArgumentException>().WithParameterName("changes").WithMessage("*history's scope*");
    }

    [Fact]
    public void Basis_BlankReference_Throws()
    {
        var act = () => ScopeStateBasis.Meeting(" ");
        act.Should().Throw<ArgumentException>().WithParameterName("reference");
        var undefined = () => new ScopeStateBasis((ScopeBasisKind)9, "x");
        undefined.Should().Throw<System.ComponentModel.InvalidEnumArgumentException>().WithParameterName("kind");
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Values(ScopeStateBasis.Meeting("m1"), ScopeStateBasis.Meeting("m1"), ScopeStateBasis.Agreement("m1"), ScopeStateBasis.Meeting("m2"));
        EqualityAssert.Values(Change(ScopeState.Proposed, Meeting), Change(ScopeState.Proposed, Meeting), Change(ScopeState.AgreedInPrinciple, Meeting), Change(ScopeState.Proposed, Meeting.PlusDays(1)));
        var history = new ScopeHistory(Scope, [Change(ScopeState.Proposed, Meeting)]);
        EqualityAssert.Values(history, new ScopeHistory(Scope, [Change(ScopeState.Proposed, Meeting)]), new ScopeHistory(Scope, []));
        ScopeStateBasis.Agreement("PKS/1").ToString().Should().Be("Agreement:PKS/1");
    }

    [Fact]
    public void Labels_CoverEveryMember()
    {
        foreach (var state in Enum.GetValues<ScopeState>())
        {
            state.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var kind in Enum.GetValues<ScopeBasisKind>())
        {
            kind.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var issue in Enum.GetValues<StaffingIssue>())
        {
            issue.Label().English.Should().NotBeNullOrWhiteSpace();
            issue.Code().Should().MatchRegex("^[a-z]+(\\.[a-z-]+)+$");
        }

        Enum.GetValues<StaffingIssue>().Select(i => i.Code()).Should().OnlyHaveUniqueItems();
        ScopeState.AgreedInPrinciple.Label().Should().Be(new LocalizedText("Disepakati secara prinsip", "Agreed in principle"));
        var act = () => ((ScopeState)42).Label();
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
