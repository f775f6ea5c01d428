using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;aside class="nfy-pa nfy-pa-direct-content"&gt;&lt;section itemtype="http://schema.org/Article"&gt;&lt;h1&gt;…&lt;/h1&gt;…&lt;div
/// itemprop="articleBody"&gt;": a template that sets the whole story, headline and text, in an aside. Such an aside is the
/// page's main column, no sidebar: it stays when the landmark furniture goes. Only an aside holding both the headline
/// (`h1`) and a content root with text in it counts.
/// </summary>
internal static class ArticleInAside
{
    private const int MinRootText = 200;

    public static bool Is(IElement aside, IElement?[] rootCandidates) =>
        aside.LocalName == "aside"
        && rootCandidates.Any(root => root is not null && aside.Contains(root) && NodeText.IsLongerThan(root, MinRootText))
        && aside.SelectFirst("h1") is not null;
}
