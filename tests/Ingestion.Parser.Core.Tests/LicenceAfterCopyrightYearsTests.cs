using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LicenceAfterCopyrightYearsTests
{
    [Theory]
    [InlineData("CC BY-NC-SA 3.0 moosgrund", true)]
    [InlineData("Creative Commons BY 4.0", true)]
    [InlineData("Coastal Wire", false)]
    public void A_creative_commons_licence_is_no_holder(string text, bool expected) => Assert.Equal(expected, LicenceAfterCopyrightYears.Opens(text));

    [Theory]
    [InlineData("–14 Coastal Wire", "Coastal Wire")]
    [InlineData("-09 Coastal Wire", "Coastal Wire")]
    [InlineData("24 Heures Chrono", "24 Heures Chrono")]
    public void A_two_digit_range_end_is_cut(string text, string expected) => Assert.Equal(expected, LicenceAfterCopyrightYears.WithoutShortYearEnd(text).ToString());

    [Fact]
    public void A_licensed_blogs_footer_leaves_the_site_to_its_feed()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Radwege am Fluss</title>
            <link rel="alternate" type="application/rss+xml" title="moosgrund | notizen &raquo; Feed" href="http://notizen.example.de/?feed=rss2" />
            </head><body>
            <div id="content"><h1>Neue Radwege am Fluss</h1>
            <p>Die Stadt baut in diesem Sommer zwei neue Radwege entlang des Flusses, die bis zum Oktober fertig sein sollen.</p>
            <p>Der Gemeinderat hat dafür im Frühjahr gut eine Million Euro bereitgestellt, wie die Verwaltung am Montag mitteilte.</p>
            </div>
            <div id="footer"><p class="copyright">© 2009–14 <a href="http://creativecommons.org/licenses/by-sa/3.0/de/">CC BY-SA 3.0</a> <a href="http://example.de">moosgrund</a></p></div>
            </body></html>
            """), "radwege.html");
        Assert.NotEqual("14 CC BY-SA 3", page.Site);
    }
}
