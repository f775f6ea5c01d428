namespace Ingestion.Parser.Core;

/// <summary>
/// "Filed Under: &lt;a&gt;Film, &lt;/a&gt; &lt;a&gt;Best Of 2014, &lt;/a&gt; … &lt;a href="#collapse"&gt;Show More&lt;/a&gt; &lt;a
/// style="display:none"&gt;In Bloom&lt;/a&gt;": a template prints the comma between the tags inside each link, and a button that
/// opens the rest of the list in place among them. The comma is the list's, not the tag's, and the in-page button (a link
/// to "#…", asked where the row is read) is no tag. Cost: a last-character check per tag link of a labelled row.
/// </summary>
internal static class SeparatorInsideTagLink
{
    public static string Without(string tag) =>
        tag.Length > 1 && tag[^1] is ',' or ';' or '，' or '、' ? tag[..^1].TrimEnd() : tag;
}
