using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameCommaAgencyTests
{
    [Theory]
    [InlineData("Lerato Khumalo, Sapa", "Lerato Khumalo")]
    [InlineData("Dana Reyes, Reuters", "Dana Reyes")]
    public void The_agency_after_the_comma_is_no_part_of_the_name(string line, string expected)
    {
        Assert.Equal(expected, NameCommaAgency.TryRead(line));
    }

    [Theory]
    [InlineData("Lerato Khumalo, Durban")]
    [InlineData("Reuters")]
    [InlineData("Officials said on Thursday the figures came from Reuters, AP")]
    [InlineData("Lindiwe Mokoena, Pieter van Wyk")]
    public void A_place_a_lone_agency_or_prose_gives_none(string line)
    {
        Assert.Null(NameCommaAgency.TryRead(line));
    }
}
