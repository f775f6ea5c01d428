using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameCommaPlaceTests
{
    [Theory]
    [InlineData("Dale and Joyce Nygaard, Cass Lake, Minnesota")]
    [InlineData("Pete Halvorsen, Walker, Minnesota")]
    public void A_name_then_town_and_state_is_one_signature(string line) =>
        Assert.True(NameCommaPlace.Is(line));

    [Theory]
    [InlineData("He was right, as always, and we will miss him")]
    [InlineData("Served with Harold on the fire department for many years. Rest easy, friend.")]
    [InlineData("Dale and Joyce Nygaard, 305 Lake Ave., Cass Lake")]
    public void Text_is_no_signature(string line) =>
        Assert.False(NameCommaPlace.Is(line));
}
