using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Tests.Officials;

// the design notes: personal data stays out of messages; ToString shows the opaque id.
public sealed class PersonTests
{
    [Fact]
    public void ToString_ShowsOnlyTheOpaqueId()
    {
        var person = new Person(new PersonId("p-001"), "Budi Purwanto", Nip.Parse("19860926 201505 1 001"));
        person.ToString().Should().Be("p-001");
        person.ToString().Should().NotContain("Budi").And.NotContain("1986");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var id = new PersonId("p-001");
        EqualityAssert.Values(new Person(id, "Mugiarto"), new Person(id, "Mugiarto"), new Person(id, "Rajin Wirajaya"), new Person(new PersonId("p-002"), "Mugiarto"), new Person(id, "Mugiarto", Nip.Parse("19860926 201505 1 001")));
        EqualityAssert.Values(new PersonId("a"), new PersonId("a"), new PersonId("b"), default);
        EqualityAssert.Values(new PositionId("a"), new PositionId("a"), new PositionId("A"), default);
    }

    [Fact]
    public void Constructor_BadInput_Throws_WithoutTheName()
    {
        var noId = () => new Person(default, "Mugiarto");
        noId.Should().Throw<ArgumentException>().WithParameterName("id").Which.Message.Should().NotContain("Mugiarto");
        var noName = () => new Person(new PersonId("p"), " ");
        noName.Should().Throw<ArgumentException>().WithParameterName("name");
        var emptyNip = () => new Person(new PersonId("p"), "X", default(Nip));
        emptyNip.Should().Throw<ArgumentException>().WithParameterName("nip");
        var blankId = () => new PersonId(" ");
        blankId.Should().Throw<ArgumentException>().WithParameterName("value");
        var blankPosition = () => new PositionId("");
        blankPosition.Should().Throw<ArgumentException>().WithParameterName("value");
    }
}
