using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="author" itemscope itemtype="https://schema.org/Organization"&gt;&lt;meta itemprop="name"
/// content="Folha de S.Paulo"&gt;": a template that marks every story's author as the publishing company, whoever signed
/// it (the page shows an agency's signature under the text). Like a JSON-LD author of type Organization
/// (<see cref="PageFacts.OrganizationAuthors"/>) it names no writer; a shown byline still can.
/// </summary>
internal static class MicrodataOrganizationAuthor
{
    public static bool Is(IElement author) =>
        author.HasAttribute("itemscope") && author.GetAttribute("itemtype") is { } type
        && (type.EndsWith("/Organization", StringComparison.Ordinal) || type.EndsWith("/NewsMediaOrganization", StringComparison.Ordinal));
}
