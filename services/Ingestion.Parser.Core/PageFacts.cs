namespace Ingestion.Parser.Core;

/// <summary>What a page states about itself in machine-readable form; the first source to state a fact wins.</summary>
internal sealed class PageFacts
{
    public string? Title { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>Whether <see cref="Authors"/> holds one name read from an author meta, which a shown byline naming co-writers widens (CoWritersBesideMetaAuthor).</summary>
    public bool AuthorFromMetaOnly { get; set; }

    /// <summary>
    /// Whether <see cref="Authors"/> holds the one person the JSON-LD names as the article's author, which a shown byline
    /// naming that person among co-writers widens as it widens an author meta's (CoWritersBesideMetaAuthor).
    /// </summary>
    public bool AuthorFromJsonLdPersonOnly { get; set; }

    /// <summary>Authors the JSON-LD types as an organisation ("Courier-Post staff"): a desk, also where a meta tag repeats its name.</summary>
    public HashSet<string> OrganizationAuthors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Authors the JSON-LD types as a person ("@type": "Person").</summary>
    public HashSet<string> PersonAuthors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The article's microdata names a wire service alone as its author ("&lt;span itemprop="author"&gt;AFP&lt;/span&gt;"): the
    /// story has no writer, so no other byline on the page (a related story's "Par Name") is asked for one.
    /// </summary>
    public bool SignedByWireService { get; set; }

    /// <summary>
    /// The article's microdata names a desk alone as its author ("&lt;span itemprop="name"&gt;Our Overseas Staff&lt;/span&gt;"): the
    /// newsroom signs the story, no writer, so no other byline on the page is asked for one either.
    /// </summary>
    public bool SignedByDesk { get; set; }

    /// <summary>
    /// The desk or section JSON-LD names as the author ("Kulu Media News Desk"): no writer, but the byline under the
    /// headline still prints it, so it still tells the headline over the byline (HeadlineOverByline).
    /// </summary>
    public List<string> DeskSignatures { get; } = [];

    /// <summary>A wire service or a desk signs the story: it names no writer.</summary>
    public bool SignedWithoutWriter => SignedByWireService || SignedByDesk;

    public string? PublishedAt { get; set; }

    /// <summary>The JSON-LD gave only <c>dateCreated</c> as the publication time, which a shown publish time outranks.</summary>
    public bool PublishedFromCreation { get; set; }

    /// <summary>
    /// The <c>datePublished</c> of a JSON-LD <c>WebPage</c> node on a page whose graph describes no article (Yoast's graph
    /// for a custom post type): the page's publication time, taken where no meta and no marked time gives one.
    /// </summary>
    public string? WebPagePublishedAt { get; set; }

    /// <summary>The analytics meta's publication time (<see cref="ParselyPageDate"/>): the last resort, after the page's shown dates.</summary>
    public string? AnalyticsPublishedAt { get; set; }

    /// <summary>The microdata gave only <c>dateCreated</c> as the publication time, which an earlier shown date outranks.</summary>
    public bool PublishedFromMicrodataCreation { get; set; }

    /// <summary>The article's JSON-LD <c>dateModified</c>: no publication time, but its offset names the zone of a shown clock.</summary>
    public string? ModifiedAt { get; set; }

    public string? Site { get; set; }

    /// <summary>The company a wire page's structured data names as publisher and author, the release's issuer: no site, no writer (PublisherNamedAsAuthor).</summary>
    public string? ReleaseIssuer { get; set; }

    /// <summary>The name the site's main feed link gives ("Name » Feed", <see cref="FeedLinkSiteName"/>), read before the furniture goes; the last resort for the site.</summary>
    public string? FeedSite { get; set; }

    public List<string> Tags { get; } = [];

    /// <summary>The tags came from a keywords meta, the site's list for search engines, which a tag list shown on the page outranks.</summary>
    public bool TagsFromKeywordsMeta { get; set; }

    /// <summary>The title is the h2 that says the document title's headline over a page builder's h1 crossheads (TitleHeadingOverBuilderH1s): no h1 is a fuller form of it.</summary>
    public bool TitleOverBuilderH1s { get; set; }

    /// <summary>
    /// The tags came from the JSON-LD "keywords", the site's list for search engines as the keywords meta is: a box the
    /// page shows under a tag list's class (<see cref="TagListBox"/>) outranks them.
    /// </summary>
    public bool TagsFromJsonLdKeywords { get; set; }

    /// <summary>The tags came from JSON-LD "Tag:" keywords, written from the tags' slugs ("Tag:Sharing-Economy").</summary>
    public bool TagsFromKeywordPairs { get; set; }

    public int? DeclaredCommentCount { get; set; }

    /// <summary>The comments the article's JSON-LD lists (<see cref="JsonLdComments"/>): the thread where the page reads none and shows them.</summary>
    public List<ParsedComment> ListedComments { get; } = [];

    /// <summary>The organisations the JSON-LD places at a front page's address, as (address, name), in the blocks' order (FrontPageOrganization).</summary>
    public List<(string Address, string Name)> FrontPageOrganizations { get; } = [];

    /// <summary>The bare number a comments button prints (CommentCountButton), read before the tool bars are removed; the count only where no thread is shown.</summary>
    public int? ButtonCommentCount { get; set; }

    /// <summary>What the article's JSON-LD says it is about ("about": {"@type": "Thing", "name": "Elections"}), by name.</summary>
    public List<string> AboutNames { get; } = [];

    /// <summary>The summaries the page gives for sharing (<c>og:description</c>, <c>description</c>): a standfirst repeats one.</summary>
    public List<string> Descriptions { get; } = [];

    /// <summary>
    /// Selectors of the text a paywall gates (JSON-LD <c>hasPart</c> with <c>isAccessibleForFree</c> false, as search
    /// engines ask for: <c>"cssSelector": ".paywall"</c>): article text, whatever furniture word its class holds.
    /// </summary>
    public List<string> GatedTextSelectors { get; } = [];
}
