using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Common;

public sealed class ValueListTests
{
    [Fact]
    public void Equality_ComparesElementsInOrder()
    {
        ValueList<int> a = [1, 2, 3];
        ValueList<int> b = [1, 2, 3];
        ValueList<int> c = [3, 2, 1];
        EqualityAssert.Values(a, b, c, ValueList<int>.Empty, [1, 2]);
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
    }

    [Fact]
    public void RecordsHoldingEqualLists_AreEqual()
    {
        var first = new Holder(ValueList.From(new[] { "a", "b" }));
        var second = new Holder(["a", "b"]);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void ToString_ListsElements()
    {
        ValueList<int> list = [1, 2];
        list.ToString().Should().Be("[1, 2]");
        ValueList<int>.Empty.ToString().Should().Be("[]");
    }

    [Fact]
    public void Add_ReturnsNewListAndLeavesOriginal()
    {
        ValueList<int> list = [1];
        var added = list.Add(2);
        list.Count.Should().Be(1);
        added.Should().Equal(1, 2);
        added.SetItem(0, 9).Should().Equal(9, 2);
        list.AddRange([5, 6]).Should().Equal(1, 5, 6);
    }

    [Fact]
    public void SetItem_OutsideList_Throws()
    {
        ValueList<int> list = [1];
        var act = () => list.SetItem(1, 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index").WithMessage("The index must be from 0 to 0.*");
        var empty = () => ValueList<int>.Empty.SetItem(0, 0);
        empty.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index").WithMessage("The index points into an empty sequence*");
    }

    [Fact]
    public void FromNonNull_NullElement_Throws()
    {
        var act = () => ValueList.FromNonNull(new[] { "a", null! }, "names");
        act.Should().Throw<ArgumentException>().WithParameterName("names").WithMessage("*null*");
    }

    private sealed record Holder(ValueList<string> Items);
}
