using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EditionDateOnMastheadTests
{
    [Theory]
    [InlineData("The Westminster Telegram Tuesday 9 July 2013 Register Log in", "The Westminster Telegram")]
    [InlineData("The Harbour Herald Tuesday, 14 August 2012", "The Harbour Herald")]
    [InlineData("The Lakeshore Sentinel      Wednesday, May 15, 2013", "The Lakeshore Sentinel")]
    [InlineData("Fairmont Daily Star   2013-03-09", "Fairmont Daily Star")]
    [InlineData("The Lakeshore Sentinel      05/15/2013", "The Lakeshore Sentinel")]
    [InlineData("Tuesday 9 July 2013", null)]
    [InlineData("By Dana Whitcomb 2013-03-09", null)]
    [InlineData("Fairmont Daily Star 2013-03-09 Sign in", null)]
    [InlineData("Posted on Tuesday 9 July 2013", null)]
    [InlineData("The Westminster Telegram", null)]
    public void The_name_before_an_edition_date_is_the_logo(string line, string? name) =>
        Assert.Equal(name, EditionDateOnMasthead.NameBefore(line));
}
