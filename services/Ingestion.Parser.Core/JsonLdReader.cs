using System.Text.Json;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>Reads the schema.org article a page describes in its JSON-LD blocks (NewsArticle, Article, BlogPosting…).</summary>
internal static class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting", "Posting",
    };

    public static PageFacts Read(IDocument document)
    {
        var facts = new PageFacts();
        var blocks = new List<JsonDocument>();
        try
        {
            foreach (var script in document.SelectAll("script[type='application/ld+json']"))
            {
                try
                {
                    // "{…};": a block closed with a script's semicolon parses once it is off (SemicolonClosedJsonLd).
                    blocks.Add(JsonDocument.Parse(SemicolonClosedJsonLd.Trimmed(CDataWrappedJsonLd.Unwrapped(script.TextContent)), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 }));
                }
                catch (JsonException)
                {
                    // A broken block is common (templating errors); the page's other sources still count.
                }
            }

            if (blocks.Count == 0)
            {
                return facts;
            }

            // An @graph names its people once and refers to them by @id ("author": {"@id": "…#/schema/person/4be1"}).
            var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var block in blocks)
            {
                CollectNodes(block.RootElement, nodes, depth: 0);
            }

            foreach (var block in blocks)
            {
                Visit(block.RootElement, facts, nodes, depth: 0);
            }
        }
        finally
        {
            foreach (var block in blocks)
            {
                block.Dispose();
            }
        }

        return facts;
    }

    private static void CollectNodes(JsonElement element, Dictionary<string, JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectNodes(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (Text(element, "@id") is { } id && Text(element, "name") is not null)
            {
                nodes.TryAdd(id, element);
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                CollectNodes(graph, nodes, depth + 1);
            }
        }
    }

    private static void Visit(JsonElement element, PageFacts facts, Dictionary<string, JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, facts, nodes, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, facts, nodes, depth + 1);
        }

        if (FrontPageOrganization.Listed(element) is { } organization)
        {
            facts.FrontPageOrganizations.Add(organization);
        }

        if (IsArticle(element))
        {
            ReadArticle(element, facts, nodes);
        }
        else if (element.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, facts, nodes, depth + 1);
        }
        else if (ArticlelessWebPageDate.Read(element) is { } webPageDate)
        {
            facts.WebPagePublishedAt ??= webPageDate;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!)),
            _ => false,
        };
    }

    private static void ReadArticle(JsonElement article, PageFacts facts, Dictionary<string, JsonElement> nodes)
    {
        facts.Title ??= Text(article, "headline") ?? Text(article, "name");
        if (facts.PublishedAt is null && Text(article, "datePublished") is null && DateLineParser.ToIso(Text(article, "dateCreated")) is { } created)
        {
            facts.PublishedAt = created;
            facts.PublishedFromCreation = true;
        }

        facts.PublishedAt ??= DateLineParser.ToIso(Text(article, "datePublished"));
        facts.ModifiedAt ??= DateLineParser.ToIso(Text(article, "dateModified"));
        if (facts.Authors.Count == 0 && article.TryGetProperty("author", out var author))
        {
            var authors = Referenced(author, nodes).ToList();
            var names = authors.SelectMany(item => Names(item, skipOrganizations: true)).Select(BylineParser.WithoutRoleBeforeName).ToList();
            // A "Person" pointing at the site's home page beside the writer: the site's own account, no writer (HomePageAuthorAccount).
            var accounts = authors.Where(HomePageAuthorAccount.Is).SelectMany(item => Names(item, skipOrganizations: true)).ToList();
            if (accounts.Count > 0 && accounts.Count < names.Count)
            {
                names = names.Where(name => !accounts.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
            }

            // A letters page signed by its section, or a story by "Kulu Media News Desk", names no writer: the byline under the
            // headline repeats the section or the desk. So does a "Person" named for the newsroom alone ("Redaktion"), a
            // blog's account for its desk, as the author meta's one word does (BylineParser.IsDeskWord).
            var desks = names.Where(name => LettersSectionByline.Is(name) || SignedByDesk.Is(name) || BylineParser.IsDeskWord(name)).ToList();
            facts.Authors.AddRange(names.Where(name => !desks.Contains(name) && !MetaAuthorNoWriter.IsStaffDesk(name) && !MetaAuthorNoWriter.IsLogin(name)));
            facts.DeskSignatures.AddRange(desks);
            facts.SignedByDesk |= names.Count > 0 && facts.DeskSignatures.Count == names.Count;
            facts.OrganizationAuthors.UnionWith(authors.SelectMany(Organizations));
            facts.PersonAuthors.UnionWith(authors.SelectMany(Persons));
            facts.AuthorFromJsonLdPersonOnly = names.Count == 1 && facts.Authors.Count == 1 && facts.PersonAuthors.Count == 1;
        }

        // Parse.ly's block names the writers under "creator" and has no "author" (ParselyCreator).
        if (facts.Authors.Count == 0)
        {
            facts.Authors.AddRange(ParselyCreator.Names(article));
        }

        // "about": {"@type": "Thing", "name": "Elections"}: a keywords list naming it is the story's own (AboutNamedKeyword).
        if (facts.AboutNames.Count == 0 && article.TryGetProperty("about", out var about))
        {
            facts.AboutNames.AddRange(AboutNames(about));
        }

        if (facts.Tags.Count == 0 && article.TryGetProperty("keywords", out var keywords))
        {
            facts.TagsFromKeywordPairs = keywords.ValueKind == JsonValueKind.Array
                && keywords.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && item.GetString()!.StartsWith("Tag:", StringComparison.Ordinal));
            facts.Tags.AddRange(keywords.ValueKind == JsonValueKind.Array
                ? OnlyTagPairs(keywords.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(Decoded)
                    .Where(tag => tag.Length > 0).ToList())
                : KeywordsFieldPhrase.Split(EscapedEntityText.Decoded(keywords.ValueKind == JsonValueKind.String ? keywords.GetString() : null)));
            // "Article, 104746419": the record's type and number, no topic (RecordIdKeywords).
            if (!facts.TagsFromKeywordPairs && (SectionInJsonLdKeywords.NamesOnlySection(facts.Tags, Texts(article, "articleSection")) || RecordIdKeywords.Is(facts.Tags)))
            {
                facts.Tags.Clear();
            }

            // "section-Articles": the story's section written as a field and its value, no tag (SectionPrefixedKeyword).
            facts.Tags.RemoveAll(SectionPrefixedKeyword.Is);
            facts.TagsFromJsonLdKeywords = !facts.TagsFromKeywordPairs && facts.Tags.Count > 0;
        }

        if (facts.Site is null && article.TryGetProperty("publisher", out var publisher))
        {
            facts.Site = Names(publisher).FirstOrDefault();
        }

        if (article.TryGetProperty("hasPart", out var parts))
        {
            facts.GatedTextSelectors.AddRange(GatedTextSelectors(parts));
        }

        if (facts.ListedComments.Count == 0 && article.TryGetProperty("comment", out var listed))
        {
            facts.ListedComments.AddRange(JsonLdComments.Read(listed));
        }

        if (facts.DeclaredCommentCount is null && article.TryGetProperty("commentCount", out var count))
        {
            facts.DeclaredCommentCount = count.ValueKind switch
            {
                JsonValueKind.Number when count.TryGetInt32(out var number) => number,
                JsonValueKind.String when int.TryParse(count.GetString(), out var number) => number,
                _ => null,
            };
        }
    }

    /// <summary>The objects a value names: itself, its array's items, and for an <c>{"@id": …}</c> reference the node it points to.</summary>
    private static IEnumerable<JsonElement> Referenced(JsonElement value, Dictionary<string, JsonElement> nodes)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                foreach (var referenced in Referenced(item, nodes))
                {
                    yield return referenced;
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && Text(value, "name") is null && Text(value, "@id") is { } id && nodes.TryGetValue(id, out var node))
        {
            yield return node;
        }
        else
        {
            yield return value;
        }
    }

    private static IEnumerable<string> GatedTextSelectors(JsonElement parts) => parts.ValueKind switch
    {
        JsonValueKind.Array => parts.EnumerateArray().SelectMany(GatedTextSelectors),
        JsonValueKind.Object when Text(parts, "cssSelector") is { } selector => [selector],
        _ => [],
    };

    /// <summary>
    /// Keywords written as "key:value" pairs ("Tag:Cities", "LockedPostSource:0", "Elevated:false", as Medium writes them):
    /// the "Tag:" ones are the tags, the others describe the post. Keywords that are all such pairs with no "Tag:" among
    /// them (an archive's "Textart: Heftarchiv", the kind of text) are the CMS's fields for the post, no tags.
    /// </summary>
    private static IEnumerable<string> OnlyTagPairs(List<string> keywords) =>
        keywords.Any(keyword => keyword.StartsWith("Tag:", StringComparison.Ordinal))
            ? keywords.Where(keyword => keyword.StartsWith("Tag:", StringComparison.Ordinal)).Select(keyword => keyword[4..].Trim()).Where(tag => tag.Length > 0)
            : keywords.Count > 0 && keywords.All(IsFieldPair) ? [] : keywords;

    /// <summary>"Textart: Heftarchiv", "LockedPostSource:0": one word of letters, a colon, then the field's value.</summary>
    private static bool IsFieldPair(string keyword)
    {
        var colon = keyword.IndexOf(':');
        return colon is >= 2 and <= 24 && colon < keyword.Length - 1 && keyword.AsSpan(0, colon).ContainsAnyExcept(LetterSearch) is false;
    }

    private static readonly System.Buffers.SearchValues<char> LetterSearch =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜßéèàçñ");

    /// <summary>
    /// Names of people or organisations. An author that is an organisation ("The Capital Post Local Desk") is no
    /// writer's name: the page's byline names the writers.
    /// </summary>
    private static IEnumerable<string> Names(JsonElement value, bool skipOrganizations = false) => value.ValueKind switch
    {
        JsonValueKind.String => [SerializedJsonAuthor.Name(Decoded(value))],
        JsonValueKind.Object when skipOrganizations && IsOrganization(value) => [],
        // "name": ["Ana Ruiz", "Tom Hale"] in one Person block: each entry a writer (PersonNameList).
        JsonValueKind.Object => Text(value, "name") is { } name ? [name] : PersonNameList.Names(value),
        JsonValueKind.Array => value.EnumerateArray().SelectMany(item => Names(item, skipOrganizations)),
        _ => [],
    };

    /// <summary>"about": "Health", {"name": "Elections"} or an array of them: the names of what the article is about.</summary>
    private static IEnumerable<string> AboutNames(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when Decoded(value) is { Length: > 0 } name => [name],
        JsonValueKind.Object when Text(value, "name") is { } name => [name],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(AboutNames),
        _ => [],
    };

    private static IEnumerable<string> Organizations(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when IsOrganization(value) && Text(value, "name") is { } name => [name],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Organizations),
        _ => [],
    };

    private static IEnumerable<string> Persons(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when Text(value, "@type") == "Person" => Text(value, "name") is { } name ? [name] : PersonNameList.Names(value),
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Persons),
        _ => [],
    };

    private static bool IsOrganization(JsonElement value) =>
        Text(value, "@type") is { } type && type.EndsWith("Organization", StringComparison.Ordinal);

    /// <summary>A string's text as the reader is shown it: a CMS writes JSON-LD strings escaped for HTML (EscapedEntityText).</summary>
    private static string Decoded(JsonElement value) => Whitespace.Collapse(EscapedEntityText.Decoded(value.GetString()));

    /// <summary>A property's text, or each text of its array ("articleSection": "news" or ["news", "world"]).</summary>
    private static List<string> Texts(JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(Decoded).Where(text => text.Length > 0).ToList()
        : Text(element, property) is { } text ? [text] : [];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && Decoded(value) is { Length: > 0 } text
            ? text
            : null;
}
