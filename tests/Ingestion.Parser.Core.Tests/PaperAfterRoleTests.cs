using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperAfterRoleTests
{
    [Theory]
    [InlineData("Leah Fairbanks Congressional Reporter, The Harrington Post", "Leah Fairbanks Congressional Reporter")]
    [InlineData("Tom Okafor Senior Political Correspondent, The Daily Ledger", "Tom Okafor Senior Political Correspondent")]
    [InlineData("The senator spoke for hours, the longest speech of the year", null)]
    [InlineData("Leah Fairbanks Congressional Reporter, Washington bureau", null)]
    public void A_closing_publication_name_comes_off(string line, string? without) => Assert.Equal(without, PaperAfterRole.WithoutPaper(line));

    [Fact]
    public void The_name_before_a_role_and_paper_is_read() =>
        Assert.Equal("Leah Fairbanks", BylineParser.TryReadNameBeforeRole("Leah Fairbanks Congressional Reporter, The Harrington Post"));

    [Fact]
    public void A_long_line_with_a_paper_but_no_role_names_no_writer() =>
        Assert.Null(BylineParser.TryReadNameBeforeRole("Senators from both parties met again on Tuesday, The Harrington Post"));

    [Fact]
    public void The_headline_stands_over_the_name_role_and_paper_line()
    {
        var page = string.Join('\n',
            "POLITICS",
            "",
            "Senator's Overnight Speech Against Health Law Stretches Past 15 Hours",
            "",
            "Leah Fairbanks Congressional Reporter, The Harrington Post",
            "",
            "Posted: 09/24/2013 4:51 pm EDT | Updated: 09/25/2013 8:12 am EDT",
            "",
            "WASHINGTON -- A Republican senator who vowed to speak against the health law was still on the Senate floor on Wednesday morning.",
            "",
            "He started speaking at 2:41 p.m. on Tuesday, reading from constituent letters and a children's book.");

        var split = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt");

        Assert.Equal("Senator's Overnight Speech Against Health Law Stretches Past 15 Hours", split.Title);
        Assert.Equal(["Leah Fairbanks"], split.Authors);
    }
}
