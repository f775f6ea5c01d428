using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="entry-categories"&gt;Filed Under: &lt;a rel="category tag"&gt;Education&lt;/a&gt;&lt;/span&gt; &lt;span
/// class="entry-tags"&gt;Tagged With: &lt;a rel="tag"&gt;schools&lt;/a&gt;, …&lt;/span&gt;": a WordPress theme's entry footer names the
/// post's categories and its tags in two labelled rows, and marks a category's link <c>rel="category tag"</c>. The tags
/// are the page's tag list, as a text footer's "Categories:" over "Tags:" keeps only the tags (CategoriesBesideTags);
/// the categories stand in only when no row of tags is shown (a tags label anywhere, even over a row of links this
/// reader cannot part, leaves a categories-labelled row out). A row is the categories' when every link in it is marked
/// a category's, under a tags label or a categories label ("Categories : &lt;a rel="category tag"&gt;City
/// Transit&lt;/a&gt;", its colon set off by a space); unmarked links under a categories label in a byline row ("Author:
/// … Categories: &lt;a&gt;Local&lt;/a&gt; Article Views: …") stay no tags, as before. Read from the markup, each link is one entry, so a category of several capitalised words stays whole
/// where a text line of them could be parted into one tag a word.
/// </summary>
internal static class CategoryRowBesideTagRow
{
    private static readonly WordSet Labels = new(["categories", "category", "catégories", "categorías", "kategorien", "kategorie"]);

    /// <summary>Whether the row's label ("Categories:", "Categories :") names the post's categories.</summary>
    public static bool IsLabel(string label)
    {
        var words = label.AsSpan().TrimEnd(':').Trim();
        return words.Length is >= 8 and <= 11 && Labels.Contains(words);
    }

    /// <summary>Whether the link is marked a category's (WordPress' <c>rel="category tag"</c>, <c>rel="category"</c>).</summary>
    public static bool IsCategoryLink(IElement link) =>
        link.GetAttribute("rel") is { } rel && AttributeTokens.Contains(rel, "category");
}
