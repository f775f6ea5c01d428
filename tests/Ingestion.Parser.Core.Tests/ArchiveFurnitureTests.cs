using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The headers that web archives and caches put above a saved page in a text dump.</summary>
public class ArchiveFurnitureTests
{
    private static readonly string[] WaybackToolbar =
    [
        "The Wayback Machine - http://web.archive.org/web/20130926090511/http://www.example-ledger.com/news/pool/",
        "INTERNET ARCHIVE", "Wayback Machine", "http://www.example-ledger.com/news/pool/", "Go", "3 captures", "26 Sep 2013 - 14 Mar 2016",
        "SEP", "OCT", "NOV", "Previous capture", "26", "Next capture", "2012", "2013", "2014", "Close", "Help",
    ];

    private static List<string> Texts(List<TextLine> lines) => [.. lines.Where(line => !line.IsBlank).Select(line => line.Text)];

    [Fact]
    public void The_wayback_toolbar_goes_down_to_its_first_help_link_only()
    {
        var text = string.Join('\n', [.. WaybackToolbar, "Example Ledger", "Help", "Pool opening delayed"]);

        Assert.Equal(["Example Ledger", "Help", "Pool opening delayed"], Texts(ArchiveFurniture.SkipTextHeader(TextLine.Split(text))));
    }

    [Fact]
    public void The_google_cache_notice_goes_down_to_its_search_tip()
    {
        var text = string.Join('\n',
            "",
            "This is Google's cache of http://www.example-ledger.com/news/pool/. It is a snapshot of the page as it appeared on 26 Sep 2013 09:05:11 GMT.",
            "Full version", "Text-only version", "View source",
            "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
            "Example Ledger");

        Assert.Equal(["Example Ledger"], Texts(ArchiveFurniture.SkipTextHeader(TextLine.Split(text))));
    }

    [Fact]
    public void A_page_that_opens_with_its_own_masthead_keeps_every_line()
    {
        var lines = TextLine.Split(string.Join('\n', "Example Ledger", "Help", "View source", "Pool opening delayed"));

        Assert.Same(lines, ArchiveFurniture.SkipTextHeader(lines));
    }

    [Fact]
    public void A_snapshot_of_a_page_without_masthead_or_date_takes_neither_from_the_archive()
    {
        var text = string.Join('\n',
        [
            .. WaybackToolbar,
            "Pool opening delayed by broken pump",
            "By Ana Ruiz",
            "The town pool will open two weeks late this summer because its main pump failed an inspection, the parks department said.",
            "A replacement has been ordered from the manufacturer and should arrive by the end of May.",
        ]);

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(text), "snapshot.txt");

        Assert.Equal("Pool opening delayed by broken pump", parsed.Title);
        Assert.Null(parsed.PublishedAt);
        Assert.Null(parsed.Site);
        Assert.Equal(["Ana Ruiz"], parsed.Authors);
    }

    [Fact]
    public void A_shown_wayback_toolbar_gives_the_page_neither_date_nor_site()
    {
        const string html = """
            <html><head><title>Pool opening delayed by broken pump</title></head><body>
            <div id="wm-ipp-base" style="display:block"><div id="wm-ipp">
            <a href="/web/"><img alt="The Wayback Machine" src="/static/logo.png"></a>
            <div>INTERNET ARCHIVE</div><div>Wayback Machine</div>
            <a href="/web/20130926090511*/http://www.example-ledger.com/news/pool/">3 captures</a>
            <div>26 Sep 2013 - 14 Mar 2016</div>
            <table><tr><td>SEP</td><td>OCT</td><td>NOV</td></tr><tr><td>26</td></tr><tr><td>2012</td><td>2013</td><td>2014</td></tr></table>
            <a href="#close">Close</a> <a href="http://faq.web.archive.org/">Help</a>
            </div></div>
            <div id="wm-ipp-print">The Wayback Machine - http://web.archive.org/web/20130926090511/http://www.example-ledger.com/news/pool/</div>
            <div><h2>Pool opening delayed by broken pump</h2><div>By Ana Ruiz</div>
            <p>The town pool will open two weeks late this summer because its main pump failed an inspection, the parks department said.</p>
            <p>A replacement has been ordered from the manufacturer and should arrive by the end of May.</p></div>
            </body></html>
            """;

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(html), "snapshot.html");

        Assert.Equal("Pool opening delayed by broken pump", parsed.Title);
        Assert.Null(parsed.PublishedAt);
        Assert.Null(parsed.Site);
        Assert.DoesNotContain(parsed.BodyParagraphs, paragraph => paragraph.Contains("Wayback", StringComparison.Ordinal) || paragraph.Contains("captures", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rewritten_link_points_where_the_saved_page_pointed()
    {
        Assert.Equal("http://www.example-ledger.com/", ArchiveFurniture.OriginalAddress("/web/20130926090511/http://www.example-ledger.com/"));
        Assert.Equal("http://www.example-ledger.com/a.jpg", ArchiveFurniture.OriginalAddress("https://web.archive.org/web/20130926090511im_/http://www.example-ledger.com/a.jpg"));
        Assert.Equal("http://www.example-ledger.com/", ArchiveFurniture.OriginalAddress("http://archive.today/o/Xk3pQ/http://www.example-ledger.com/"));
        Assert.Equal("/web/about/", ArchiveFurniture.OriginalAddress("/web/about/"));
        Assert.Equal("http://www.example-ledger.com/o/2013/", ArchiveFurniture.OriginalAddress("http://www.example-ledger.com/o/2013/"));
    }
}
