using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;…&lt;p&gt;Last paragraph.&lt;/p&gt;&lt;div class="m-source"&gt;&lt;div&gt;Wirenews&lt;/div&gt;&lt;/div&gt;&lt;/article&gt;": a magazine
/// that runs agency copy names the agency in a box of its own closing the article, its class naming it the story's
/// source, with no "Quelle:" label for <see cref="SourceCredit"/> to find. The name credits where the story came from;
/// it is no paragraph of the text and names no writer. Known by a class token "source" (alone or as the last part of a
/// BEM or dashed name: "m-source", "article__source"), the box being the article's last element, and a short text of a
/// few words with no link and no sentence. Cost: one query for the article's direct children with "source" in a class.
/// </summary>
internal static class SourceBoxClosingArticle
{
    private const int MaxLength = 40;

    private const int MaxWords = 3;

    /// <summary>"source", "article-source", "meta_source": a class part naming the source.</summary>
    private static readonly WordSet SourceWord = new(["source"]);

    public static void Remove(IDocument document)
    {
        foreach (var box in document.SelectAll("article > [class*='source']").ToList())
        {
            if (box.NextElementSibling is null && SourceWord.ContainsNamePart(box.GetAttribute("class")) && box.SelectFirst("a, img") is null
                && Whitespace.Collapse(box.TextContent).Trim() is { Length: > 1 and <= MaxLength } text
                && Words.CountUpTo(text, MaxWords + 1) <= MaxWords && !Words.EndsSentence(text))
            {
                box.Remove();
            }
        }
    }
}
