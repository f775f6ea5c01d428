using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleHeaderHeadlineTests
{
    private static ParsedPage Parse(string shareTitle, string header, string logo = "<h1><a href=\"/\"><img src=\"/logo.png\" alt=\"Harbour Post\"></a></h1>") =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{shareTitle}}</title>
        <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="Harbour Post"></head><body>
        <header class="site-header">{{logo}}</header>
        <main><article class="post"><header class="article-header"><div class="col">{{header}}</div></header>
        <div class="byline"><a href="/author/marta-olsen/">Marta Olsen</a> <span class="date">December 20, 2016</span></div>
        <div id="article-body"><p>The council voted on Tuesday night to keep the late ferry to the islands running through the winter months.</p>
        <p>Islanders had filled the chamber to ask for it, and the operator said the crossing would keep its timetable until March.</p></div>
        </article></main></body></html>
        """), "ferry.html");

    [Fact]
    public void The_article_headers_heading_outranks_a_share_title_written_anew()
    {
        var page = Parse("As Council Votes, Ferry Critics Are Stunned in a HUGE Way!", "<h2>Council votes to keep the night ferry running</h2>");
        Assert.Equal("Council votes to keep the night ferry running", page.Title);
    }

    [Fact]
    public void A_short_label_in_the_article_header_is_no_headline()
    {
        var page = Parse("As Council Votes, Ferry Critics Are Stunned in a HUGE Way!", "<h2>Local news</h2>");
        Assert.Equal("As Council Votes, Ferry Critics Are Stunned in a HUGE Way!", page.Title);
    }

    [Fact]
    public void A_page_printing_the_title_in_its_h1_keeps_it_over_a_dek_in_the_article_header()
    {
        var page = Parse("Council votes to keep the night ferry", "<h2>Islanders filled the chamber to ask for the winter crossing</h2>", "<h1>Council votes to keep the night ferry</h1>");
        Assert.Equal("Council votes to keep the night ferry", page.Title);
    }
}
