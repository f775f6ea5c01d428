using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Indonesian weekdays and months in <see cref="DateWords"/>, and a portal's "Name - channel" byline over them (NameDashOutlet).</summary>
public class IndonesianDateWordsTests
{
    [Theory]
    [InlineData("Kamis, 02 Nov 2023 20:59 WIB", "2023-11-02T20:59:00+07:00")]
    [InlineData("Senin, 14 Agustus 2023", "2023-08-14")]
    [InlineData("Jumat, 3 Maret 2023 08:15", "2023-03-03T08:15:00")]
    public void A_story_line_reads_as_its_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Dewi Kartika - harbourHealth", "Dewi Kartika")]
    [InlineData("Dewi Kartika - KTV", "Dewi Kartika")]
    [InlineData("Harbour Ferries - Review", null)]
    [InlineData("Dewi Kartika - the harbour desk", null)]
    [InlineData("Dewi Kartika", null)]
    public void The_name_before_a_spaced_hyphen_and_a_brand_is_the_writers(string line, string? expected) =>
        Assert.Equal(expected, NameDashOutlet.TryRead(line));

    [Fact]
    public void The_weekday_opening_the_date_under_the_byline_is_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               harbourHealth True Story

            Ferry crew member recovers after collapsing on the north pier in the storm

               Dewi Kartika - harbourHealth
               Kamis, 02 Nov 2023 20:59 WIB
               Jakarta -

               A ferry crew member who collapsed on the north pier during last week's storm has recovered, the harbour board said on Thursday, and will return to work next month.

               The board said the crossing stayed open throughout the storm, with two crews sharing the night shifts.
            """), "ferry.lynx.txt");

        Assert.Equal(["Dewi Kartika"], page.Authors);
        Assert.Equal("2023-11-02T20:59:00+07:00", page.PublishedAt);
        Assert.Equal("Ferry crew member recovers after collapsing on the north pier in the storm", page.Title);
    }
}
