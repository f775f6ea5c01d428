namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented ferry company's landing page: a sharing title "Headline | Site", a banner h1 in capitals with the site's
/// name, two paragraphs, and a WordPress "Recent Posts" widget whose one listed post carries its own time.
/// </summary>
internal static class FerryLandingPage
{
    public const string Html = """
        <html><head><title>Island Ferries | Harbour Ferry Company</title><meta property="og:title" content="Island Ferries | Harbour Ferry Company"><meta property="og:site_name" content="Harbour Ferry Company"></head><body>
        <section class="content"><h1>ISLAND FERRIES <span>HARBOUR FERRY COMPANY</span></h1>
        <p>Since 1990 our boats have carried islanders, their cars and their post across the sound in every season, and the timetable has grown with the islands.</p>
        <p>Every crossing takes forty minutes, and the first boat leaves the quay at six in the morning on weekdays and at eight on Sundays and holidays.</p></section>
        <section class="news"><div id="recent-posts-3" class="widget recent-posts-extended"><h3 class="widgettitle">Recent Posts</h3><ul>
        <li><h3><a href="/winter-timetable/">Winter timetable starts on Monday</a></h3><time class="post-time published" datetime="2019-11-04T09:15:00+00:00">November 4, 2019</time><div class="summary">The last evening boat leaves an hour earlier from Monday until the spring &hellip;</div></li></ul></div>
        <a href="/news/">MORE NEWS</a></section>
        </body></html>
        """;
}
