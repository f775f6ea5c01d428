using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented education site's column page of 2020: a section kicker linking one topic over the headline, a byline
/// row, the note of the guide the column belongs to over the text, the text with a column note between rules and a
/// subheading, the topics as a row of buttons under it, then a "Next Up" heading over the guide's name and two teaser
/// cards, all inside one <c>article</c> (an empty ad row of the text's class comes first, so the whole article is read).
/// Each part can be swapped for a test's own.
/// </summary>
internal static class ColumnGuidePage
{
    public const string GuideNote = """
        <div class="row"><p class="italic">This article is part of the guide <a href="/guides/harbour-towns">Harbour Towns After the Storm.</a></p></div>
        """;

    public const string TopicButtons = """
        <div class="row"><div class="column"><button onclick="location.href='/news/topics/ferries'" class="filled-grey">Ferries</button>&nbsp;<button onclick="location.href='/news/topics/harbours'" class="filled-grey">Harbours</button>&nbsp;<button onclick="location.href='/news/topics/night-crossings'" class="filled-grey">Night Crossings</button></div></div>
        """;

    public const string NextUp = """
        <div class="article-next-up"><div class="row"><h3><i>Next Up</i> </h3></div>
        <div class="row"><h3><i onclick="location.href='/guides/harbour-towns'"><div class="headline-plain">Harbour Towns After the Storm</div></i></h3></div>
        <div class="row"><a class="plain headline-plain" href="/news/2020-05-12-pilots-return"><div><h6>Harbours</h6><h4>Pilots return to the estuary after the long winter</h4><h6>By Owen Falkirk</h6><h6>May 12</h6></div></a>
        <a class="plain headline-plain" href="/news/2020-05-07-breakwater"><div><h6>Storms</h6><h4>The breakwater held, but the town is still counting the cost</h4><h6>By Priscilla Danforth</h6><h6>May 7</h6></div></a></div></div>
        """;

    public static ParsedPage Parse(string guideNote = GuideNote, string topicButtons = TopicButtons, string nextUp = NextUp) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Ferry crews learn the night tides | Harbour Weekly</title>
            <meta property="og:site_name" content="Harbour Weekly"></head><body>
            <nav class="main-nav"><a href="/news">News</a><a href="/news/topics/harbour-podcast">Podcast</a><a href="/about">About</a></nav>
            <div class="container"><article>
            <div class="row"><h3 class="top-section"><span>column |</span> <span><a href="/news/topics/harbours">Harbours</a></span></h3>
            <h1>Ferry crews learn the night tides</h1>
            <h4><span>By <a href="/writers/dana-whitcomb">Dana Whitcomb (Columnist)</a></span> &emsp; <span>May 18, 2020</span></h4></div>
            <div class="article-full"><div class="row article-content"><aside class="aside"><div id="ad-slot-right"><script></script></div></aside></div></div>
            {{guideNote}}
            <div class="article-full"><div class="row article-content">
            <p>The night crossing used to be the one nobody wanted. The tides turn faster in the dark months, the lights on the breakwater are dim, and the older pilots kept the route to themselves for years.</p>
            <hr><p><em>This is the latest installment of the <a href="/guides/ask-the-pilot">Ask the Pilot column</a>. You can send a question for a future column <a href="/forms/ask">here</a>.</em></p><hr>
            <p>This winter the harbour board put two new crews on the night boats and gave them a month with the pilots before the first crossing. Most of them had never steered a ferry after sunset.</p>
            <h2>Learning the Marks</h2>
            <p>The first weeks were slow. The crews learned to read the buoys by their flashes and to count the minutes between the marks, and the pilots stood behind them at the wheel on every crossing.</p>
            <p>By the spring the new crews were running the night boats alone, and the harbour board says the crossing has not been late once since March. The older pilots have gone back to the day boats.</p>
            </div></div>
            {{topicButtons}}
            {{nextUp}}
            </article></div>
            <footer><p>© 2011-2020 Harbour Weekly. All rights reserved.</p></footer></body></html>
            """), "page.html");
}
