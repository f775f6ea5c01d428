using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "Ferry Timetables - Harbour Notes Story" over rail blocks headed by h1s and the post's "&lt;h2 class="posting"&gt;Ferry
/// Timetables&lt;br&gt;&lt;span&gt;[May 08, 2020, 10:59 am ET] – Post a Comment&lt;/span&gt;&lt;/h2&gt;": the short part of the
/// document title that the h2 opens with is the headline, not the first rail h1.
/// </summary>
public class ShortTitlePartHeadingTests
{
    private static ParsedPage Parse(string documentTitle, string postHeading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title></head><body>
        <div class="logo"><a href="/"><img src="/logo.png" alt="Harbour Notes!"></a></div>
        <div class="row">
        <div id="left-menu">
        <div class="blocks"><h1>Stories of Note</h1><ul><li><a href="/s/1/pier-repairs">Pier Repairs Begin</a></li><li><a href="/s/2/new-lighthouse-keeper">New Lighthouse Keeper</a></li></ul></div>
        <div class="blocks"><h1>Popular Threads</h1><ul><li><span class="thread-count">48</span> <a href="/board?thread=3">Harbour Fees Again</a></li></ul></div>
        </div>
        <div class="content">
        {{postHeading}}
        <div class="article">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></div></div>
        <div class="footer"><p>Copyright © 1996-2020 Harbour Notes. All rights reserved.</p></div>
        </body></html>
        """), "notes.html");

    private const string Posting = """
        <h2 class="posting">Ferry Timetables<span class="byline-break"><br></span>
        <span class="postdate">[May 08, 2020, 10:59 am ET] &#x2013; <a href="/board?thread=4">Post a Comment</a></span></h2>
        """;

    [Fact]
    public void The_h2_opening_with_a_short_part_of_the_document_title_is_the_headline()
    {
        var page = Parse("Ferry Timetables - Harbour Notes Story", Posting);
        Assert.Equal("Ferry Timetables", page.Title);
        Assert.Empty(page.Authors);
        Assert.Equal("2020-05-08T10:59:00-04:00", page.PublishedAt);
    }

    [Fact]
    public void An_h2_whose_opening_is_no_part_of_the_document_title_is_not_taken() =>
        Assert.NotEqual("Ferry Timetables", Parse("Harbour Notes - Daily News", Posting).Title);

    [Fact]
    public void A_linked_h2_is_no_headline_here() =>
        Assert.NotEqual("Ferry Timetables", Parse("Ferry Timetables - Harbour Notes Story", """<h2><a href="/s/4">Ferry Timetables</a></h2>""").Title);

    [Fact]
    public void A_short_part_that_an_h1_gives_leaves_the_h1s_reading_alone()
    {
        var page = Parse("Stories of Note - Harbour Notes", Posting);
        Assert.Equal("Stories of Note", page.Title);
    }
}
