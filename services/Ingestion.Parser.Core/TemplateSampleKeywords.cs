namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta content='YOUR KEYWORDS HERE' name='keywords'/&gt;": a free Blogger or WordPress theme ships its head with a
/// sample keywords meta that the blog's owner never filled in ("Your keywords here", "keyword1, keyword2, keyword3",
/// "Enter your keywords"). The template's sample says nothing of the post, so it gives no tags.
/// </summary>
internal static class TemplateSampleKeywords
{
    private static readonly string[] SamplePhrases = ["keywords here", "your keywords", "keyword1", "keyword 1", "key words here", "enter keywords"];

    public static bool Is(string keywords)
    {
        var text = keywords.AsSpan().Trim();
        if (text.Length > 80)
        {
            return false;
        }

        foreach (var phrase in SamplePhrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
