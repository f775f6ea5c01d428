using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InitialsAfterDateTests
{
    [Theory]
    [InlineData("14.03.2018 (hw)", "14.03.2018")]
    [InlineData("02.11.2017 (kf/uh)", "02.11.2017")]
    public void The_editors_initials_after_the_date_go(string line, string left) =>
        Assert.Equal(left, InitialsAfterDate.Without(line));

    [Theory]
    [InlineData("14.03.2018 (Hanna Winter)")]
    [InlineData("Treffen mit Hanna (hw)")]
    [InlineData("14.03.2018 (HW)")]
    public void Other_brackets_or_no_digit_stay(string line) =>
        Assert.Equal(line, InitialsAfterDate.Without(line));

    [Fact]
    public void A_story_bar_with_the_editors_initials_dates_the_page()
    {
        const string html = """
            <html><head><title>Gute Meetings: so klappt's! - lagerwelt.de</title></head><body>
            <div id="detailcontent"><div class="detailheader">14.03.2018 (hw)
            <div class="hreview-aggregate"><span class="rating"><span class="average">4</span> von <span class="best">5</span></span>, (<span class="votes">2</span> Bewertungen)</div></div>
            <h1 class="detail">Gute Meetings: so klappt's!</h1>
            <div class="detail"><p>Besprechungen dauern oft zu lange. Hanna zeigt im Video drei einfache Regeln, mit denen jedes Treffen nach einer halben Stunde endet.</p></div>
            </div></body></html>
            """;

        Assert.Equal("2018-03-14", PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").PublishedAt);
    }
}
