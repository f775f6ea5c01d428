using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2 id="reading-the-gauge"&gt;Reading the gauge &lt;a href="#reading-the-gauge" class="bookmark"&gt;#&lt;/a&gt;&lt;/h2&gt;": static site
/// generators and documentation themes put a mark after each crosshead that links to the heading itself, for readers to
/// copy ("#", "¶", "§", "🔗", shown on hover). The mark is a button, no word of the heading ("Reading the gauge #").
/// </summary>
internal static class HeadingPermalinkMark
{
    private static readonly string[] Marks = ["#", "¶", "§", "🔗", "\u2693"];

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var link in body.SelectAll("h1 a[href^='#'], h2 a[href^='#'], h3 a[href^='#'], h4 a[href^='#'], h5 a[href^='#'], h6 a[href^='#']").ToList())
        {
            if (Marks.Contains(link.TextContent.Trim(), StringComparer.Ordinal))
            {
                link.Remove();
            }
        }
    }
}
