using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CachedPageHeadTests
{
    private const string Page =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><div>This is Google&#39;s cache of <a href=\"http://example.com/a\">http://example.com/a</a>. It is a snapshot of the page as it appeared on 27 Sep 2013 03:12:40 GMT.</div>"
        + "<!DOCTYPE html><html><head><title>Bridge to reopen - Example Ledger: Local News</title><meta property=\"og:site_name\" content=\"Example Ledger\"></head>"
        + "<body><div itemscope itemtype=\"http://schema.org/Comment\"><meta itemprop=\"dateCreated\" content=\"2013-09-26\"></div><p>Text.</p></body></html>";

    [Fact]
    public void A_cache_copys_own_head_metas_go_back_to_the_head()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        Assert.Null(document.Head!.QuerySelector("meta[property='og:site_name']"));

        CachedPageHead.Restore(document, Page);

        Assert.Equal("Example Ledger", document.Head!.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        // Microdata stays where its item is.
        Assert.NotNull(document.Body!.QuerySelector("meta[itemprop='dateCreated']"));
    }

    [Fact]
    public void A_page_with_nothing_before_its_doctype_is_left_alone()
    {
        // Since OutputBeforeDoctype any element before the doctype opens the body early, so the page left alone is one
        // that prints nothing before it and keeps a meta in its body of its own accord.
        var page = "<!DOCTYPE html><html><head><title>Bridge to reopen - Example Ledger: Local News</title></head>"
            + "<body><meta property=\"og:site_name\" content=\"Example Ledger\"><p>Text.</p></body></html>";
        using var document = new HtmlParser().ParseDocument(page);

        CachedPageHead.Restore(document, page);

        Assert.Null(document.Head!.QuerySelector("meta[property='og:site_name']"));
    }
}
