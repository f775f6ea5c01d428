using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MoreFromHeadingTests
{
    [Theory]
    [InlineData("More from MSNBV News", "MSNBV News", true)]
    [InlineData("  More from MSNBV News:", "MSNBV News", true)]
    [InlineData("More from MSNBV News U.S.", "MSNBV News", false)]
    [InlineData("Read more from MSNBV News", "MSNBV News", false)]
    [InlineData("More from MSNBV", "MSNBV News", false)]
    public void The_heading_names_the_site_only_when_it_holds_the_name_alone(string line, string name, bool names) =>
        Assert.Equal(names, MoreFromHeading.Names(line, name));
}
