using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.CommunityService.CommunityServiceFixture;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>The packed population gives exactly the ledger's statement for each order, and its reporting views add them up.</summary>
public sealed class CommunityServicePopulationTests
{
    private static readonly PlacementNetwork Sites = Network();

    /// <summary>Sixty synthetic orders (fixed seed): hours, daily hours, periods, two Bapas, sessions at both sites, some long or commercial.</summary>
    internal static List<HoursLedger> Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var ledgers = new List<HoursLedger>(count);
        for (var i = 0; i < count; i++)
        {
            var hoursPerDay = random.Next(1, 9);
            var months = random.Next(1, 7);
            var hours = Math.Min(240, Math.Max(8, random.Next(8, (hoursPerDay * months * 30) + 1)));
            var start = new LocalDate(2026, 2, 1).PlusDays(random.Next(0, 60));
            var order = Order(hours, hoursPerDay, SentenceTerm.FromMonths(months), startsOn: start, id: "o-" + i, bapas: i % 3 == 0 ? OtherBapasId : BapasId);
            var sessions = new List<ServiceSession>();
            var day = start.PlusDays(random.Next(-3, 5));
            for (var s = random.Next(0, 40); s > 0; s--)
            {
                var site = random.Next(0, 10) == 0 ? UnagreedSite.Id : CleanUp.Id;
                sessions.Add(new ServiceSession(day, random.Next(1, 11), site, Counsellor, "kerja bakti", random.Next(0, 20) == 0));
                day = day.PlusDays(random.Next(0, 8));
            }

            ledgers.Add(new HoursLedger(order, sessions));
        }

        return ledgers;
    }

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("2026-03-01")]
    [InlineData("2026-04-20")]
    [InlineData("2026-06-30")]
    [InlineData("2026-12-31")]
    public void Evaluate_GivesTheLedgersStatementAtEachPosition(string isoDate)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(isoDate).Value;
        var ledgers = Synthetic(60, 17);
        var population = new CommunityServicePopulation(ledgers, Sites);
        var snapshots = new CommunityServiceSnapshot[population.Count];
        population.Evaluate(date, snapshots);
        for (var i = 0; i < ledgers.Count; i++)
        {
            var statement = ledgers[i].StatementOn(date, Sites);
            snapshots[i].Should().Be(new CommunityServiceSnapshot(statement.Status, statement.HoursServed, statement.HoursRemaining, statement.HoursAvailable), "order {0}", i);
            snapshots[i].CanFinishInTime.Should().Be(statement.CanFinishInTime);
        }
    }

    [Fact]
    public void Views_CountByBapasAndSite_AndHoursBySiteAndVillage_AddUpTheStatements()
    {
        var date = new LocalDate(2026, 4, 20);
        var ledgers = Synthetic(60, 29);
        var population = new CommunityServicePopulation(ledgers, Sites);
        var snapshots = new CommunityServiceSnapshot[population.Count];
        population.Evaluate(date, snapshots);

        var byBapas = new CommunityServiceCounts[population.BapasIds.Count];
        population.CountByBapas(snapshots, byBapas);
        population.BapasIds.Should().Equal(OtherBapasId, BapasId);
        for (var b = 0; b < byBapas.Length; b++)
        {
            var statuses = ledgers.Where(l => l.Order.Bapas == population.BapasIds[b]).Select(l => l.StatementOn(date, Sites).Status).ToList();
            byBapas[b].Total.Should().Be(statuses.Count);
            foreach (var status in Enum.GetValues<CommunityServiceStatus>())
            {
                byBapas[b].Of(status).Should().Be(statuses.Count(s => s == status));
            }
        }

        CommunityServiceCounts.Of(snapshots).Total.Should().Be(60);

        var bySite = new CommunityServiceCounts[Sites.Sites.Count];
        population.CountBySite(date, snapshots, bySite);
        var hoursBySite = new int[Sites.Sites.Count];
        population.HoursBySite(date, hoursBySite);
        for (var s = 0; s < Sites.Sites.Count; s++)
        {
            var site = Sites.Sites[s].Id;
            var visitors = ledgers.Where(l => l.Sessions.Any(x => x.Site == site && x.Date <= date)).ToList();
            bySite[s].Total.Should().Be(visitors.Count);
            bySite[s].AtRisk.Should().Be(visitors.Count(l => l.StatementOn(date, Sites).Status == CommunityServiceStatus.AtRisk));
        }

        // Hours at the agreed site are the credited hours; none are credited at the site without an agreement.
        hoursBySite[1].Should().Be(0);
        hoursBySite[0].Should().Be(ledgers.Sum(l => l.StatementOn(date, Sites).HoursServed));
        var byVillage = new int[population.Villages.Count];
        population.HoursByVillage(date, byVillage);
        population.Villages.Should().Equal(PanjangWetanCode);
        byVillage[0].Should().Be(hoursBySite[0]);
    }

    [Fact]
    public void Views_BufferTooShort_IsRefusedNamingTheBuffer()
    {
        var population = new CommunityServicePopulation(Synthetic(5, 3), Sites);
        var act = () => population.Evaluate(new LocalDate(2026, 3, 1), new CommunityServiceSnapshot[4]);
        act.Should().Throw<ArgumentException>().WithParameterName("results").WithMessage("*at least 5*");
        var counts = () => population.CountByBapas(new CommunityServiceSnapshot[3], new CommunityServiceCounts[2]);
        counts.Should().Throw<ArgumentException>().WithParameterName("snapshots");
    }

    [Fact]
    public void Evaluate_AllocatesNothingPerOrder()
    {
        var population = new CommunityServicePopulation(Synthetic(200, 5), Sites);
        var snapshots = new CommunityServiceSnapshot[population.Count];
        var date = new LocalDate(2026, 4, 1);
        population.Evaluate(date, snapshots);
        Span<int> hours = stackalloc int[2];
        population.HoursBySite(date, hours);
        var before = GC.GetAllocatedBytesForCurrentThread();
        population.Evaluate(date, snapshots);
        population.HoursBySite(date, hours);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void CountByBapas_EmptyPopulation_HasNoBapas()
    {
        var population = new CommunityServicePopulation([], Sites);
        population.BapasIds.Should().BeEmpty();
        population.CountByBapas([], Span<CommunityServiceCounts>.Empty);
    }
}
