using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EachTagItsOwnDefinitionTests
{
    private static ParsedPage Parse(string list) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares frozen for the winter - Harbour Post</title></head><body>
        <header><nav><dl><dt>Trending:</dt><dd><a href="/tags/lighthouse-sale">LIGHTHOUSE SALE</a></dd><dd><a href="/tags/tide-tables">TIDE TABLES</a></dd></dl></nav></header>
        <main><h1>Ferry fares frozen for the winter</h1>
        <div class="byline">BY <a rel="author" href="/authors/marta-olsen">Marta Olsen</a></div>
        <article>
        <p>The island ferry will keep its fares at last year's prices until the spring, the harbour board said on Tuesday evening.</p>
        <p>Board members said the fuel bill had fallen since the summer, and that the savings would go to the passengers who cross every day.</p>
        {{list}}
        </article></main>
        <footer><span>© Copyright 2016 HarbourPost.com. All rights reserved.</span></footer>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_term_over_one_definition_a_tag_gives_every_tag()
    {
        var page = Parse("""
            <dl id="story-tags"> <dt>Tags:</dt> <dd> <a href="/tags/ferries">ferries</a> </dd> <dd> <a href="/tags/harbour-board">harbour board</a> </dd>
            <dd> <a href="/tags/fuel-prices">fuel prices</a> </dd> </dl>
            """);
        Assert.Equal(["ferries", "harbour board", "fuel prices"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_list_ends_at_the_next_term_or_at_a_definition_of_other_words()
    {
        var page = Parse("""
            <dl> <dt>Tags:</dt> <dd><a href="/tags/ferries">ferries</a></dd> <dd><a href="/tags/harbour-board">harbour board</a></dd>
            <dd>see also the <a href="/timetable">timetable</a> for winter</dd> <dd><a href="/tags/fuel-prices">fuel prices</a></dd>
            <dt>Section:</dt> <dd><a href="/news">News</a></dd> </dl>
            """);
        Assert.Equal(["ferries", "harbour board"], page.Tags);
    }
}
