using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LowerCaseMetaTagSpellingTests
{
    private static ParsedPage Parse(string metas, string row) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>The harbour ferry gets a new name</title>{metas}</head><body>
        <article><h1>The harbour ferry gets a new name</h1>
        <p>The harbour ferry that has crossed the bay for thirty years will sail under a new name from the spring timetable on.</p>
        <p>The county board chose the name after a vote among riders, who sent in more than four hundred ideas over the summer.</p>
        <section class="tagCloud"><ul>{row}</ul></section>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void Lower_case_tag_metas_take_the_spelling_of_the_shown_tag_row()
    {
        var page = Parse(
            """<meta property="article:tag" content="fähren"><meta property="article:tag" content="kreistag (kt)">""",
            """<li><a href="/tag/faehren">Fähren</a></li><li><a href="/tag/kreistag-kt">Kreistag (KT)</a></li>""");

        Assert.Equal(["Fähren", "Kreistag (KT)"], page.Tags);
    }

    [Fact]
    public void A_lower_case_meta_tag_the_page_does_not_show_stays_as_written()
    {
        var page = Parse(
            """<meta property="article:tag" content="fähren"><meta property="article:tag" content="hafen">""",
            """<li><a href="/tag/faehren">Fähren</a></li><li><a href="/tag/bucht">Bucht</a></li>""");

        Assert.Equal(["Fähren", "hafen"], page.Tags);
    }

    [Fact]
    public void A_meta_tag_written_with_capitals_keeps_its_spelling()
    {
        var page = Parse(
            """<meta property="article:tag" content="Kreistag">""",
            """<li><a href="/tag/kreistag">KREISTAG</a></li>""");

        Assert.Equal(["Kreistag"], page.Tags);
    }
}
