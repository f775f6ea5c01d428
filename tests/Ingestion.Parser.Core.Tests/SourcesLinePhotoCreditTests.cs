using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourcesLinePhotoCreditTests
{
    private const string Page = """
        <html><head><title>Ferry operator names new harbour master</title></head><body>
        <article class="piece"><header class="article-header"><div class="topic">Local</div>
        <h1 class="title">Ferry operator names new harbour master</h1>
        <div class="byline">by <a href="/users/ana-ruiz">Ana Ruiz</a></div></header>
        <section class="article-content"><div class="image"><img src="http://x.test/master.jpg" alt="The harbour master"></div>
        <div class="body"><div class="field"><div class="field-items"><div class="field-item even">
        <p>The ferry operator has named a new harbour master, a captain who ran the island route for eleven years before the storm season.</p>
        <p>"She knows every buoy in the bay," the operator said in a statement, according to the local radio station.</p>
        <p>The new harbour master starts work next month and will oversee the two new boats due in the spring.</p>
        <p>Her first task will be the winter timetable, which the council wants published before the end of October so that schools can plan.</p>
        <p>The last harbour master retired in June after twenty years in the post, and the deputy has run the port since then.</p>
        </div></div></div>
        <p>Sources: <a href="http://a.test/1">Harbour Gazette</a> (<a href="http://a.test/2">2</a>), <a href="http://b.test/1">Bay Radio</a>, <a href="http://c.test/1">Ferry Line/Twitter</a>/ Photo Credit: <a href="http://d.test/1">Tomas Berg/Flickr</a></p>
        </div></section></article></body></html>
        """;

    [Fact]
    public void The_credit_after_the_sources_is_the_pictures_caption_entry()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["Photo Credit: Tomas Berg/Flickr"], page.Captions);
        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Sources", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_with_a_spaced_slash_is_read_the_same()
    {
        var html = Page.Replace("<a href=\"http://c.test/1\">Ferry Line/Twitter</a>/ Photo", "<a href=\"http://c.test/1\">Ferry Line</a> / Photo");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Photo Credit: Tomas Berg/Flickr"], page.Captions);
    }

    [Theory]
    [InlineData("Sources: Harbour Gazette, Bay Radio / Photo Credit: Tomas Berg/Flickr", "Photo Credit: Tomas Berg/Flickr")]
    [InlineData("SOURCES: Harbour Gazette | Image: Bay Radio", "Image: Bay Radio")]
    public void A_sources_line_ending_in_a_labelled_credit_gives_the_credit(string line, string credit) =>
        Assert.Equal(credit, SourcesLinePhotoCredit.Credit(line));

    [Theory]
    [InlineData("Sources: Harbour Gazette, Bay Radio")]
    [InlineData("Sources said the ferry was late again. Photo: the pier on Monday.")]
    [InlineData("Photo Credit: Tomas Berg/Flickr")]
    [InlineData("Sources: Harbour Gazette / Photo Credit: the harbour master stands on the pier beside the old ferry on a grey Monday morning")]
    public void Other_lines_give_no_credit(string line) =>
        Assert.Null(SourcesLinePhotoCredit.Credit(line));
}
