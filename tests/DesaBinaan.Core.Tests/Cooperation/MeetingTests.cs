using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.Cooperation.CooperationFixture;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed class MeetingTests
{
    private static readonly Attendee Chair = new(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Chair);
    private static readonly Attendee Host = new(Lurah, LurahPosition, PartnershipSide.Community, AttendeeRole.Host);

    // DOMAIN.md §1/§6: the 29 April 2026 meeting was chaired by the Kasi Binadik and hosted by the Lurah.
    [Fact]
    public void Meeting_KnowsItsChairSidesAndStart()
    {
        var meeting = FirstMeeting();
        meeting.Chair.Person.Should().Be(KasiBinadik);
        meeting.AttendeesOf(PartnershipSide.Correctional).Should().HaveCount(2);
        meeting.AttendeesOf(PartnershipSide.Community).Single().Role.Should().Be(AttendeeRole.Host);
        meeting.Start.Should().BeNull();
        meeting.ToString().Should().Be("m1 InitialCoordination 2026-04-29");
        var jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        var timed = new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Chair], startTime: new LocalTime(13, 0), zone: jakarta);
        timed.Start!.Value.ToInstant().Should().Be(Instant.FromUtc(2026, 4, 29, 6, 0), "13:00 WIB is 06:00 UTC");
    }

    [Fact]
    public void Meeting_BadInput_Throws()
    {
        var noChair = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Host]);
        noChair.Should().Throw<ArgumentException>().WithParameterName("attendees").WithMessage("*exactly one*chair*");
        var twoChairs = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Chair, new Attendee(Lurah, LurahPosition, PartnershipSide.Community, AttendeeRole.Chair)]);
        twoChairs.Should().Throw<ArgumentException>().WithParameterName("attendees");
        var twice = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Chair, new Attendee(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying)]);
        twice.Should().Throw<ArgumentException>().WithParameterName("attendees").WithMessage("*once*");
        var noZone = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Chair], startTime: new LocalTime(9, 0));
        noZone.Should().Throw<ArgumentException>().WithParameterName("zone").WithMessage("*time zone*");
        var venue = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, " ", [Chair]);
        venue.Should().Throw<ArgumentException>().WithParameterName("venue");
        var agenda = () => new Meeting("m", MeetingKind.FollowUp, MeetingDay, "Aula", [Chair], [" "]);
        agenda.Should().Throw<ArgumentException>().WithParameterName("agenda");
        var kind = () => new Meeting("m", (MeetingKind)9, MeetingDay, "Aula", [Chair]);
        kind.Should().Throw<ArgumentException>().WithParameterName(nameof(kind));
        var side = () => new Attendee(Lurah, LurahPosition, (PartnershipSide)9, AttendeeRole.Host);
        side.Should().Throw<ArgumentException>().WithParameterName(nameof(side));
    }

    [Fact]
    public void Outcome_BadInput_Throws()
    {
        var scopes = () => new MeetingOutcome(scopesAgreed: [ScopeKind.Fisheries, ScopeKind.Fisheries]);
        scopes.Should().Throw<ArgumentException>().WithParameterName("scopesAgreed");
        var topics = () => new MeetingOutcome(topicsDeferred: [new DeferredTopic("t", "a"), new DeferredTopic("t", "b")]);
        topics.Should().Throw<ArgumentException>().WithParameterName("topicsDeferred").WithMessage("*distinct ids*");
        var items = () => new MeetingOutcome(actionItems: [new ActionItem("a", "x", Lurah, MeetingDay), new ActionItem("a", "y", Lurah, MeetingDay)]);
        items.Should().Throw<ArgumentException>().WithParameterName("actionItems");
        var settled = () => new MeetingOutcome(topicsSettled: [" "]);
        settled.Should().Throw<ArgumentException>().WithParameterName("topicsSettled");
        var topic = () => new DeferredTopic("t", " ");
        topic.Should().Throw<ArgumentException>().WithParameterName("subject");
        var item = () => new ActionItem(" ", "x", Lurah, MeetingDay);
        item.Should().Throw<ArgumentException>().WithParameterName("id");
        MeetingOutcome.None.ScopesAgreed.Should().BeEmpty();
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Values(FirstMeeting(), FirstMeeting(), FirstMeeting(id: "m9"), FirstMeeting(MeetingOutcome.None), FirstMeeting(date: MeetingDay.PlusDays(1)));
        EqualityAssert.Values(Chair, new Attendee(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Chair), Host, new Attendee(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying));
        EqualityAssert.Values(new DeferredTopic("t", "a"), new DeferredTopic("t", "a"), new DeferredTopic("t", "a", ScopeKind.Fisheries), new DeferredTopic("u", "a"));
        EqualityAssert.Values(new ActionItem("a", "x", Lurah, MeetingDay), new ActionItem("a", "x", Lurah, MeetingDay), new ActionItem("a", "x", Camat, MeetingDay), new ActionItem("a", "x", Lurah, SigningDay));
        var open = new OpenItems([new DeferredTopic("t", "a")], [], []);
        EqualityAssert.Values(open, new OpenItems([new DeferredTopic("t", "a")], [], []), new OpenItems([], [], []));
    }
}
