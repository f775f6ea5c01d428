using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented science news site's page in the shape of the releases it rewrites: a definition list of "Date:",
/// "Source:" and "Summary:" under the headline, the text, then the release's notes (its source, the paper, how to cite
/// the page) and a rail of related topics. Each part can be swapped for a test's own.
/// </summary>
internal static class ScienceReleasePage
{
    public const string Headline = "Ferry pilots learn the tides faster";

    public const string Issuer = "Kessington-Marlowe-Universität Hafenstadt";

    public const string Notes = """
        <hr><div id="story_source"><p><strong>Story Source:</strong></p>
        <p><a href="https://example.org/news/pilots.html">Materials</a> provided by <a href="https://example.org"><strong>Kessington-Marlowe-Universität Hafenstadt</strong></a>. <em>Note: Content may be edited for style and length.</em></p></div>
        """;

    public const string Rail = """
        <ul class="nav topics"><li class="nav-header"><a href="#">RELATED TOPICS</a>
        <ul id="related_topics"><li><a href="/news/sea_coast/">Sea &amp; Coast</a>
        <ul><li><a href="/news/sea_coast/ferries/" rel="tag">Ferries</a></li><li><a href="/news/sea_coast/tides/" rel="tag">Tides</a></li><li><a href="/news/sea_coast/harbours/" rel="tag">Harbours</a></li></ul>
        </li></ul></li></ul>
        """;

    public static ParsedPage Parse(string notes = Notes, string rail = Rail, string keywords = "Ferries; Tides; Harbours") =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>{{Headline}} -- Harbour Science</title>
            <meta name="keywords" content="{{keywords}}">
            <meta property="og:site_name" content="Harbour Science"></head><body>
            <div class="main"><h1 id="headline">{{Headline}}</h1>
            <dl class="dl-horizontal"><dt>Date:</dt><dd>May 20, 2020</dd><dt>Source:</dt><dd>{{Issuer}}</dd>
            <dt>Summary:</dt><dd>Pilots who trained on the new simulator made fewer mistakes in their first season, a study finds.</dd></dl>
            <div class="row"><div class="col-md-8"><div id="story_text">
            <p>Pilots who trained on the new simulator made fewer mistakes in their first season, a study of two harbours finds. The institute tracked forty pilots over two years.</p>
            <p>The simulator reproduces the currents of both harbours at every state of the tide, the authors write, and lets trainees repeat a difficult approach as often as they like.</p>
            <p>"We saw the difference in the first month," said one of the instructors, who has taught pilots on the estuary for twenty years. "The new pilots were calmer at the wheel."</p>
            {{notes}}
            </div></div>
            <div class="col-md-4">{{rail}}</div></div></div>
            <footer><p>Copyright 2020 Harbour Science</p></footer></body></html>
            """), "page.html");
}
