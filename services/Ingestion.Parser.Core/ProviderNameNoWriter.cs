using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="provider"&gt;&lt;span class="provider-name"&gt;Harbour Gazette&lt;/span&gt;&lt;/span&gt; • &lt;time&gt;October 3, 2016&lt;/time&gt;"
/// under a portal's headline: the portal names the publisher that supplied the story, which reads as a bare name over
/// the date. A name the page marks as the provider is no writer, as "By Name | Provider – date" never names the provider
/// (t203, h187); a story that names no writer has none.
/// </summary>
internal static class ProviderNameNoWriter
{
    public static List<string> Without(IDocument document, List<string> authors)
    {
        if (authors.Count == 0)
        {
            return authors;
        }

        List<string>? kept = null;
        foreach (var provider in document.SelectAll("[class*='provider']"))
        {
            if (provider.ChildElementCount > 0 || provider.ClassName is not { } names || !NamesProvider(names))
            {
                continue;
            }

            var name = Whitespace.Collapse(provider.TextContent);
            for (var i = authors.Count - 1; i >= 0; i--)
            {
                if (authors[i].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    kept ??= [.. authors];
                    kept.Remove(authors[i]);
                }
            }
        }

        return kept ?? authors;
    }

    private static readonly WordSet ProviderWord = new(["provider"]);

    /// <summary>"provider", "provider-name", "source_provider": the word among the class's parts ("providers-list" is a rail).</summary>
    private static bool NamesProvider(string names) => ProviderWord.ContainsNamePart(names);
}
