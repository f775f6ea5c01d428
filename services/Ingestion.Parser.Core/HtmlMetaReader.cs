using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>Fills in what JSON-LD left open from microdata, OpenGraph and meta tags, and the page's own markup.</summary>
internal static class HtmlMetaReader
{

    /// <summary>
    /// The logo's alt when it names the link to the home page ("Accueil" on a French Drupal site), in any language, or tells
    /// the reader where it goes ("Go to home", "Back to homepage", as a blog theme writes it for every site).
    /// </summary>
    private static readonly WordSet NotSiteNames = new(
        ["home", "logo", "home page", "homepage", "front page", "back to home", "go to home", "go to home page", "go to homepage", "go home",
        "back to homepage", "back to home page", "return to home", "return to homepage", "go to the home page", "go to the homepage", "accueil", "page d'accueil", "page d’accueil", "retour à l'accueil",
        "retour à l’accueil", "startseite", "zur startseite", "inicio", "portada", "página inicial", "início", "pagina iniziale"]);

    private static readonly string[] DateMetaNames =
        ["article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "published_at", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "dcterms.created", PageMapArticleMetas.PublishedName];

    public static void Read(IDocument document, MarkedElements marked, PageFacts facts)
    {
        var meta = new MetaTags(document);
        if (facts.Site is not null && PlatformPublisher.Is(facts.Site, meta.First("generator")))
        {
            facts.Site = null;
        }

        ReadMicrodata(document, facts);
        if (facts.Site is { } company && meta.First("og:site_name") is null
            && PublisherCompanySite.Publication(company, meta.First("prism.publicationName") ?? meta.First("application-name")) is { } publication)
        {
            facts.Site = publication;
        }

        if (ShownHeadlineOverJsonLd.Instead(document, facts.Title, meta.First("og:title")) is { } shownHeadline)
        {
            facts.Title = shownHeadline;
        }
        else if (SiteSuffixedJsonLdHeadline.Headline(document, facts.Title, meta.First("og:site_name")) is { } unsuffixed)
        {
            // "Headline » Site - slogan": an SEO plug-in's title template as the structured headline (SiteSuffixedJsonLdHeadline).
            facts.Title = unsuffixed;
        }

        var shareTitle = LeadingTitleSeparator.Strip(meta.First("og:title") ?? meta.First("twitter:title"));
        if (SlugShareTitle.Is(shareTitle))
        {
            // "kinderrad-test-fruehjahr-2019": the item's address name, no headline.
            shareTitle = SlugShareTitle.ShownHeadline(document);
        }

        // "Headline: Blog: Section: Site": a colon trail after the headline a heading shows alone (ColonSectionTrail).
        facts.Title ??= ColonSectionTrail.Headline(document, shareTitle, meta.First("og:site_name"));
        facts.Title ??= SiteWideShareTitle.Headline(document, shareTitle, meta.First("application-name")) ?? SiteLedDocumentTitle.Headline(document, shareTitle) ?? shareTitle;
        var pageTitle = Whitespace.Collapse(document.Title);
        var siteName = meta.First("og:site_name") is { } shareName
            // "Harbourpost.com/politics" under "… - Harbourpost Politics": a section's address, spelled as a name by the title (SectionAddressSiteName).
            ? SiteNameAddress.Is(shareName) ? SiteNameAddress.TitleSpelling(shareName, pageTitle)
                : SectionAddressSiteName.TitleSpelling(shareName, pageTitle)
                    // "Bernau Live - Dein Stadtportal" beside twitter:site "@bernaulive": the handle spells the name (ShareNameByHandle).
                    ?? GluedSiteName.Spaced(SiteNameWithTagline.ShortenByHandle(SiteNameWithTagline.ShortenByLogo(BarJoinedSiteTagline.Shorten(SiteNameWithTagline.Shorten(shareName, pageTitle), shareTitle), document), meta.All("twitter:site")), pageTitle)
            : null;
        // A structured-data publisher repeating the share card's name and slogan word for word loses the slogan too (SloganSharedWithPublisherName).
        if (facts.Site is not null && siteName is not null && meta.First("og:site_name") is { } givenShareName)
        {
            facts.Site = SloganSharedWithPublisherName.Site(facts.Site, Whitespace.Collapse(givenShareName).Trim(), siteName);
        }

        // JSON-LD names the publisher, a company ("NPN"); the site's own name ("NPN Nieuws") is the one the title ends with.
        if (facts.Site is not null && siteName is not null && siteName != facts.Site
            && pageTitle.EndsWith(siteName, StringComparison.Ordinal))
        {
            facts.Site = siteName;
        }

        // JSON-LD's publisher "Blogform Media GmbH" beside og:site_name "Harbour Ledger": the company that owns the title,
        // by its legal form, gives way to the publication the share card names (PublisherCompanySite).
        if (facts.Site is not null && siteName is not null && PublisherCompanySite.Publication(facts.Site, siteName) is { } sharedPublication)
        {
            facts.Site = sharedPublication;
        }

        // JSON-LD's publisher "Harbour Foods", also the release's author, beside og:site_name "Coastwire News Room": the
        // issuer of a release on a wire service's page; the host the share card names is the site (PublisherNamedAsAuthor).
        if (facts.Site is not null && siteName is not null
            && PublisherNamedAsAuthor.HostSite(facts.Site, siteName, facts, meta.First("author")) is { } hostSite)
        {
            facts.ReleaseIssuer = facts.Site;
            facts.Site = hostSite;
        }

        // "SUBSCRIBE TO ORBITWATCH.COM" over a sidebar box: the site calls itself by its domain, the logo shortens it (DomainNameInHeading).
        if (facts.Site is null && siteName is not null && LogoName(document) is { } logo && IsMastheadSpelling(logo, siteName)
            && !(DomainSiteName.IsSpelledBy(siteName, logo) && DomainNameInHeading.Prints(document, siteName, logo)))
        {
            // "HarbourStar" as the logo's alt beside "… | Harbour Star" ending the title: the title spaces the name (GluedSiteName).
            siteName = GluedSiteName.TitleSpelling(logo, pageTitle) ?? logo;
        }
        else if (facts.Site is null && siteName is not null && HandleSiteName.IsHandle(siteName, meta.All("twitter:site"))
            && (LogoName(document) ?? HandleSiteName.TitleName(document.Title)) is { } handlePublication)
        {
            // og:site_name "Harbour_Live" beside twitter:site "@Harbour_Live": the account, not the publication (HandleSiteName).
            siteName = handlePublication;
        }
        else if (facts.Site is null && siteName is not null && TitleSpelledSiteName.Of(siteName, document.Title) is { } titleSpelling)
        {
            siteName = titleSpelling;
        }
        else if (facts.Site is null && siteName is not null && AbbreviatedSiteName.IsHandle(siteName)
            && AbbreviatedSiteName.SpelledIn(siteName, CopyrightNotice.Of(document)) is { } fullName)
        {
            // og:site_name "bctimes" over "Copyright 2016 Bay City Times": the handle gives way to the name it abbreviates.
            siteName = fullName;
        }

        facts.Site ??= siteName ?? (meta.First("application-name") is { } application
            ? ApplicationNameWidenedInTitle.Site(application, pageTitle)
                ?? SiteNameWithTagline.ShortenByHandle(SiteNameWithTagline.Shorten(application, pageTitle), meta.All("twitter:site"))
            : null);
        // JSON-LD's stamp a day before the address's day, the published meta on it: the record's creation (StructuredStampBeforeAddressDay).
        if (facts.PublishedAt is { } structured
            && StructuredStampBeforeAddressDay.Published(document, structured, DateLineParser.ToIso(meta.First("article:published_time"))) is { } sent)
        {
            facts.PublishedAt = sent;
        }

        foreach (var name in DateMetaNames)
        {
            // A published time stamped as the page's own expiry is the moment it was served (PublishedAtOwnExpiry).
            if (facts.PublishedAt is null && PublishedAtOwnExpiry.Is(meta.First(name), meta.First("article:expiration_time")))
            {
                continue;
            }

            facts.PublishedAt ??= DateLineParser.ToIso(meta.First(name));
        }

        // A day-only time from the microdata beside a head meta's time on that day (MetaClockOnMarkupDay).
        if (facts.PublishedAt is { Length: 10 } markupDay && MetaClockOnMarkupDay.Find(markupDay, meta, DateMetaNames) is { } clocked)
        {
            facts.PublishedAt = clocked;
        }

        // A company's author meta first in the head and the writer's after it: the later one (WriterMetaAfterCompanyMeta).
        // "Name (http://example.org/name/)": a personal site's meta signs with the home page after the name (HomePageAfterAuthor).
        if (facts.Authors.Count == 0 && !facts.SignedWithoutWriter && (WriterMetaAfterCompanyMeta.Pick(meta) ?? meta.First("article:author") ?? meta.First("dc.creator") ?? PageMapArticleMetas.Author(meta) ?? ParselyFieldMetas.Author(meta)) is { } signed
            && HomePageAfterAuthor.Without(signed) is var author
            && !author.Contains("://", StringComparison.Ordinal) && !WebAddressAuthorMeta.Is(author) && !facts.OrganizationAuthors.Contains(author) && !BylineParser.IsDeskWord(author) && !NewsroomDeskName.Is(author)
            // WireAuthorMeta: "<meta name=\"author\" content=\"AP\">" over a wire story whose byline names the reporter: the agency alone
            // names no writer, as it names none alone in the byline (WireServiceByline), so the page's byline is read instead.
            && !WireServiceByline.IsWireService(author)
            && !MetaAuthorNoWriter.Is(author, facts.Site ?? LogoName(document)) && !MetaAuthorNoWriter.NamesOwner(author, meta.First("copyright"), document.Title)
            && !MetaAuthorNoWriter.NamesPublisher(author, meta.First("publisher")) && !MetaAuthorNoWriter.NamesPublisher(author, meta.First("dc.publisher"))
            && !MetaAuthorNoWriter.NamesPublisher(author, meta.First("application-name"))
            && !ThemeMakerCredit.Names(author, document)
            && !ProductPageType.Is(meta.First("og:type")))
        {
            facts.Authors.AddRange(BylineParser.ReadNames(author) ?? [author]);
            facts.AuthorFromMetaOnly = facts.Authors.Count == 1;
        }

        // JSON-LD "keywords" are the site's list for search engines, as the keywords meta is: a tag list the page shows
        // under a tag list's class outranks them.
        // A labelled row ("<ul><li>Tags:&nbsp;<li><a rel="tag">Climate Change</a>…") is such a list too (ShownTagRowOverKeywords).
        if (facts.TagsFromJsonLdKeywords && (TagListBox.Find(document) is { Count: > 0 } box ? box : ShownTagRowOverKeywords.Find(document, facts.Tags, meta.All("article:tag").Distinct(StringComparer.OrdinalIgnoreCase).ToList())) is { Count: > 0 } shownTags)
        {
            facts.Tags.Clear();
            facts.Tags.AddRange(shownTags);
        }
        else if (facts.TagsFromJsonLdKeywords && SectionInJsonLdKeywords.TagsInstead(facts.Tags, JoinedArticleTagMeta.Tags(meta.All("article:tag")).ToList(), meta.All("article:section").ToList()) is { } articleTags)
        {
            facts.Tags.Clear();
            facts.Tags.AddRange(articleTags);
        }
        else if (facts.TagsFromJsonLdKeywords && SluggedKeywords.TagsInstead(facts.Tags, JoinedArticleTagMeta.Tags(meta.All("article:tag"), document.DocumentElement).ToList()) is { } wordedTags)
        {
            // "donald-trump", "type: news": the tags' slugs and a record field beside article:tag metas of the same tags as words.
            facts.Tags.Clear();
            facts.Tags.AddRange(wordedTags);
        }

        else if (facts.TagsFromJsonLdKeywords
            && RankMathFocusKeywords.TagsInstead(document, facts.Tags, JoinedArticleTagMeta.Tags(meta.All("article:tag"), document.DocumentElement).Distinct(StringComparer.OrdinalIgnoreCase).ToList()) is { } postTags)
        {
            // Rank Math's focus keywords beside the post's article:tag metas: the metas are the tags (RankMathFocusKeywords).
            facts.Tags.Clear();
            facts.Tags.AddRange(postTags);
        }

        // "<span class="tags-links">Tags: <a rel="tag">band</a>, …</span>" beside "article:tag" metas of other words: the
        // list the page shows outranks the metas, as it outranks the keywords meta.
        if (facts.Tags.Count == 0)
        {
            // "<span class="off-screen">Related Topics</span><ul class="tags-list">" by the headline shows the lead topic; the
            // same box under the text, the whole list (LeadTopicOverTagList).
            facts.Tags.AddRange(TagListBox.WholeListHolding(document, LabelledTagLinks.Find(document)));
        }

        // "<ul><li>タグ</li><li><a>…</a></li>…</ul>": the labelled row set as a list, its label the first item.
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(LabelledTagListItems.Find(document));
        }

        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(JoinedArticleTagMeta.Tags(meta.All("article:tag"), document.DocumentElement).Distinct(StringComparer.OrdinalIgnoreCase));
            // "gemeinsame agrarpolitik (gap)" in the metas, "Gemeinsame Agrarpolitik (GAP)" in the row the page shows: the
            // shown spelling (LowerCaseMetaTagSpelling).
            LowerCaseMetaTagSpelling.Respell(facts.Tags, document.DocumentElement);
            // Metas that are the story's address slug cut into phrases give way to the tag row the page shows (SlugCutArticleTags).
            if (SlugCutArticleTags.Are(facts.Tags, PageAddress.Of(document)) && ShownTagBox(document) is { Count: > 0 } shownRow)
            {
                facts.Tags.Clear();
                facts.Tags.AddRange(shownRow);
            }
            // One article:tag, the section's word, beside a shown row of tag-page links that names it among the story's
            // other tags: the row is the list (ArticleTagsAmongShownTagLinks).
            else if (ArticleTagsAmongShownTagLinks.Row(document, facts.Tags) is { Count: > 0 } wholeRow)
            {
                facts.Tags.Clear();
                facts.Tags.AddRange(wholeRow);
            }
        }

        // "<div class="taglist"><a>…</a> <a>…</a></div>" under the text: a list the page shows, named a tag list by its
        // class, outranks the keywords meta as a labelled one does.
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(TagListBox.Find(document));
        }

        // "<aside class="tags-recirc"><h5>More:</h5>…<a href="/tag/ferries">": a box of tag-page links under a looser
        // tag-list class, asked where the stricter classes are not on the page (TagPageLinkBox). JSON-LD keywords are
        // left to the rows that repeat them (ShownTagRowOverKeywords).
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(TagPageLinkBox.Find(document));
        }

        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(TagListBox.RelTagRow(document));
        }

        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(MetaTagsField.Read(meta.First("tags")));
        }

        // "<meta name="dc.subject" content="Radio astronomy">", one subject term a meta, as article:tag names one tag each.
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(DublinCoreSubjects.Tags(meta.All("dc.subject")));
        }

        // "%tags%" in news_keywords, a placeholder the template never filled, gives way to the keywords meta (UnfilledKeywordsPlaceholder).
        if (facts.Tags.Count == 0 && UnfilledKeywordsPlaceholder.First(meta.First("news_keywords"), meta.First("keywords")) is { } keywords && !TemplateSampleKeywords.Is(keywords)
            && TagLineParser.Split(keywords) is var keywordTags && !SiteNameKeywords.NamesSite(keywordTags, facts.Site ?? LogoName(document))
            && !SiteNameKeywords.NamesSite(keywordTags, HomeLinkLogo.Find(document)) && !SectionListKeywords.IsSiteList(keywordTags) && !SectionListKeywords.NamesMenuSections(keywordTags, document, meta.First("og:description") ?? meta.First("description"))
            && !OwnerNameKeywords.NamesWriter(keywordTags, facts.Authors) && !FunctionWordKeywords.Is(keywordTags) && !DashRunKeywords.Is(keywordTags)
            && !TitleWordKeywords.Is(keywordTags, meta.First("og:title") ?? pageTitle) && !RecordIdKeywords.Is(keywordTags)
            && !SectionInJsonLdKeywords.NamesOnlySection(keywordTags, meta.All("article:section").ToList()))
        {
            // "homepage", "bay-ent": the CMS's routing flags among the topics (PlacementFlagKeywords).
            facts.Tags.AddRange(PlacementFlagKeywords.Without(keywordTags, meta.First("og:url")));
            facts.TagsFromKeywordsMeta = true;
        }

        // "See more: <a rel="category tag">Salads</a>, <a rel="category tag">Summer</a>": a WordPress row of the post's
        // categories, the only terms the page shows (CategoryLinkRow).
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(CategoryLinkRow.Find(document));
        }

        // "<meta name="parsely-tags" content="ferries,harbour-board">": the analytics field, when nothing else names tags (ParselyFieldMetas).
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(ParselyFieldMetas.Tags(meta));
        }

        facts.Descriptions.AddRange(new[] { meta.First("og:description"), meta.First("description"), meta.First("twitter:description") }
            .OfType<string>().Select(description => Whitespace.Collapse(description)).Distinct(StringComparer.Ordinal));
        ReadMarkup(document, marked, facts);
        PreferLocalTime(document, marked, meta, facts);
        if (facts.PublishedAt is { Length: 10 } day)
        {
            facts.PublishedAt = ShownClockOnMetaDay.Find(document, day) ?? day;
        }
    }

    /// <summary>The tag row the page shows, in a box its class names a tag list, asked in the order the readers after the metas ask it.</summary>
    private static List<string> ShownTagBox(IDocument document) =>
        TagListBox.Find(document) is { Count: > 0 } box ? box
        : TagPageLinkBox.Find(document) is { Count: > 0 } pageLinks ? pageLinks
        : TagLinkTexts(document);

    /// <summary>
    /// The texts of the links in the page's tag lists (TagLinks). Tumblr prints its tags as hashtags ("#city council"):
    /// the mark is the list's, not the tag's (HashtagMark).
    /// </summary>
    private static List<string> TagLinkTexts(IDocument document) =>
        TagLinks.Find(document.DocumentElement)
            .Select(link => HashtagMark.Without(LabelInsideTagLink.Text(link)))
            .Where(tag => tag.Length > 0 && tag != "#")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A UTC time in the metadata gives way to the same instant the markup gives in the page's own zone.</summary>
    private static void PreferLocalTime(IDocument document, MarkedElements marked, MetaTags meta, PageFacts facts)
    {
        // "sailthru.date" "2014-06-30" beside the byline's "2014-06-29 20:08:00-0400": the meta's day is the UTC one (UtcDayMetaBesideBylineTime).
        if (facts.PublishedAt is { Length: 10 } metaDay
            && UtcDayMetaBesideBylineTime.Prefer(metaDay, marked.Times.FirstOrDefault(time => time.HasAttribute("datetime")
                && (time.ClassList.Contains("published") || time.GetAttribute("itemprop") == "datePublished" || time.HasAttribute("pubdate")))?.GetAttribute("datetime")) is { } bylineTime)
        {
            facts.PublishedAt = bylineTime;
        }

        if (facts.PublishedAt is { Length: > 19 } stamped && stamped.AsSpan(10).StartsWith("T00:00:00", StringComparison.Ordinal))
        {
            // A midnight stamp outside the month the page's address dates the post to: the shown date is read (MidnightStampOutsideAddressMonth).
            if (MidnightStampOutsideAddressMonth.Is(document, stamped))
            {
                facts.PublishedAt = null;
                return;
            }

            // time.published[datetime], time[itemprop='datePublished'], time[pubdate]: the byline's own time.
            var byline = marked.Times.FirstOrDefault(time => time.HasAttribute("datetime")
                && (time.ClassList.Contains("published") || time.GetAttribute("itemprop") == "datePublished" || time.HasAttribute("pubdate")));
            facts.PublishedAt = MidnightMetaTime.Prefer(stamped, DateLineParser.ToIso(byline?.GetAttribute("datetime")));
        }

        if (facts.PublishedAt is { } published && published.EndsWith("+00:00", StringComparison.Ordinal))
        {
            // time.published[datetime], time[itemprop='datePublished']
            var shown = marked.Times.FirstOrDefault(time => (time.ClassList.Contains("published") && time.HasAttribute("datetime")) || time.GetAttribute("itemprop") == "datePublished");
            facts.PublishedAt = ShownInstant.Prefer(published, DateLineParser.ToIso(shown?.GetAttribute("datetime") ?? meta.First("article:published_time")));
        }
        else if (facts.PublishedAt is { Length: 19 } local)
        {
            facts.PublishedAt = ShownInstant.PreferZoned(local, marked.Times.Select(time => DateLineParser.ToIso(time.GetAttribute("datetime"))));
        }
        else if (facts.PublishedAt is { Length: > 19 } zoned)
        {
            // time.published[datetime], time[itemprop='datePublished']: the byline's own time, against a UTC clock under the local offset.
            var shown = marked.Times.FirstOrDefault(time => (time.ClassList.Contains("published") && time.HasAttribute("datetime")) || time.GetAttribute("itemprop") == "datePublished");
            // The structured data's morning beside a date meta's same clock twelve hours later: an afternoon written on a twelve-hour clock (ZonedStampHalfDaySlip).
            facts.PublishedAt = ZonedStampHalfDaySlip.Evening(zoned, meta, DateMetaNames) ?? UtcClockWrittenAsLocal.Prefer(zoned, DateLineParser.ToIso(shown?.GetAttribute("datetime")));
        }
    }

    private static void ReadMicrodata(IDocument document, PageFacts facts)
    {
        // A story stream's teaser cards, each an article item of its own, give way to the story's item after them (TeaserCardArticleItem).
        IElement? article = null;
        IElement? firstCard = null;
        foreach (var element in DocumentOrder.Elements(document.DocumentElement))
        {
            if (element.GetAttribute("itemtype") is not { } type || !(type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal)) || !element.HasAttribute("itemscope"))
            {
                continue;
            }

            if (!TeaserCardArticleItem.Is(element))
            {
                article = element;
                break;
            }

            firstCard ??= element;
        }

        article ??= firstCard;
        if (article is null)
        {
            return;
        }

        facts.Title ??= Prop(article, "headline") ?? Prop(article, "name");
        if (facts.PublishedFromCreation)
        {
            facts.PublishedAt = CreationStampGivesWay.Prefer(facts.PublishedAt!, DateLineParser.ToIso(Prop(article, "datePublished")));
        }

        if (facts.PublishedAt is null && Prop(article, "datePublished") is null && DateLineParser.ToIso(Prop(article, "dateCreated")) is { } created)
        {
            facts.PublishedAt = created;
            facts.PublishedFromMicrodataCreation = true;
        }

        facts.PublishedAt ??= DateLineParser.ToIso(Prop(article, "datePublished"));
        if (facts.Authors.Count == 0)
        {
            // "<p class="author" itemprop="author">文●Name／Site編集部</p>": the writer after the role for text (TextRoleByline).
            foreach (var author in OwnProps(article, "author").Where(author => !IsPictureCredit(author)))
            {
                var name = author.SelectFirst("[itemprop='name']") is { } inner ? PropValue(inner) : MicrodataAuthorText(author);
                if (name is not { Length: > 0 } || LabelOnlyBylineName.Is(name) || SponsorLineAuthor.Is(name)
                    || (TextRoleByline.Read(author) ?? CoWritersInParentheses.Split(name) ?? BylineParser.TryRead(name) ?? BylineParser.ReadNames(name) ?? [name]) is not { } names)
                {
                    continue;
                }

                if (MicrodataOrganizationAuthor.Is(author))
                {
                    facts.OrganizationAuthors.Add(name);
                }
                else if (names is [var only] && WireServiceByline.IsWireService(only))
                {
                    facts.SignedByWireService = true;
                }
                else if (names.TrueForAll(name => SignedByDesk.Is(name) || BylineParser.IsDeskWord(name)))
                {
                    facts.SignedByDesk = true;
                }
                else
                {
                    // Le Monde and Libération mark the byline over the text and the writer's card under it as the author
                    // both: the card repeats the names, and a wire service signing the story it supplied names no writer.
                    facts.Authors.AddRange(names.Where(found => !facts.Authors.Contains(found, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }

        if (facts.Tags.Count == 0)
        {
            var keywordProperties = KeywordLinkBeforeListLabel.Without(OwnProps(article, "keywords").ToList());
            facts.Tags.AddRange(HiddenMicrodataKeywords.ShownInstead(document, keywordProperties) ?? MicrodataKeywordItems.Tags(keywordProperties.SelectMany(property => KeywordsPropertyOnList.ItemTexts(property) ?? [LabelledKeywordsProperty.Value(property, PropValue(property))])));
        }

        if (facts.DeclaredCommentCount is null && int.TryParse(Prop(article, "commentCount"), out var count))
        {
            facts.DeclaredCommentCount = count;
        }

        if (facts.Site is null && OwnProps(article, "publisher").FirstOrDefault() is { } publisher)
        {
            facts.Site = publisher.SelectFirst("[itemprop='name']") is { } inner ? PropValue(inner) : PropValue(publisher);
        }
    }

    /// <summary>
    /// A heading that only links to the site's front page is its logo ("&lt;h1&gt;&lt;a href="/"&gt;Site&lt;/a&gt;&lt;/h1&gt;"),
    /// also where an archive rewrote the link.
    /// </summary>
    internal static bool IsHomeLink(IElement heading) =>
        (heading.ChildElementCount == 1
            && heading.FirstElementChild is { LocalName: "a" } link
            && LinksToFrontPage(link)
            && string.Equals(link.TextContent.Trim(), heading.TextContent.Trim(), StringComparison.Ordinal))
        || heading.Children.Any(child => child.LocalName == "a" && LinksToFrontPage(child) && child.SelectFirst("img") is not null);

    /// <summary>
    /// "&lt;a href="/"&gt;", also where an archive rewrote the link. A heading holding the logo image's link to it is the
    /// masthead, whatever else it holds (Joomla's "&lt;h1 id="logo"&gt;" with the site's tagline in a span beside the link).
    /// </summary>
    private static bool LinksToFrontPage(IElement link) =>
        link.GetAttribute("href") is { } shown
        && ArchiveFurniture.OriginalAddress(shown) is var href
        && (href == "/" || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0));

    /// <summary>The headline, byline, time and tag links as the page shows them, for pages without metadata.</summary>
    private static void ReadMarkup(IDocument document, MarkedElements marked, PageFacts facts)
    {
        if (facts.Title is null && SubtitleSpanInHeading.Headline(document, DocumentTitleParts.Of(Whitespace.Collapse(document.Title))) is { } overSubtitle)
        {
            // "Headline - Subtitle | Site - Tagline" over "<h2>Headline <span>Subtitle</span></h2>": the heading's words
            // before its subtitle, taken as they are (no fuller reading of the heading takes the subtitle back).
            facts.Title = overSubtitle;
            facts.TitleOverBuilderH1s = true;
        }

        if (facts.Title is null && TitleHeadingOverBuilderH1s.Find(document, marked.Headings, facts.Site) is { } overH1s)
        {
            facts.Title = overH1s;
            facts.TitleOverBuilderH1s = true;
        }

        if (facts.Title is null && DocumentTitleHeading.Find(document, marked.Headings) is { } titledHeading)
        {
            // The heading's own words, its kicker span left out: no fuller reading of the h1 takes the kicker back.
            facts.Title = titledHeading;
            facts.TitleOverBuilderH1s = true;
        }

        if (facts.Title is null && ShortTitlePartHeading.Find(document, marked.Headings) is { } shortHeadline)
        {
            // "Hardware Reviews" in an h2 under rail h1s, a part of the document title too short for DocumentTitleHeading.
            facts.Title = shortHeadline;
            facts.TitleOverBuilderH1s = true;
        }

        if (facts.Title is null && BlogArchiveDocumentTitle.Post(document) is { } post)
        {
            // "Blog » Blog Archive » Post": Kubrick's h1 is the blog's name, the post's heading an h2 under it.
            facts.Title = post;
            facts.TitleOverBuilderH1s = true;
        }

        facts.Title ??= Headlines(marked.Headings)
            .Select(heading => heading is null || IsHomeLink(heading) || NamesBlogInTitle(document, heading) || SlideshowDescriptionCaption.IsRepeatedBy(heading) ? null
                : MastheadHeading.HeadlineUnder(document, heading) ?? Whitespace.Collapse(heading.TextContent))
            .FirstOrDefault(title => title is { Length: > 0 } && !string.Equals(title, facts.Site, StringComparison.OrdinalIgnoreCase));
        var headline = OtherStoryCard.ShownHeadline(marked.Headings, facts.Title);
        // A widget's list of other posts dates those posts, where no h1 shows the title for OtherStoryCard (WidgetPostTime).
        // A datetime naming another day than the words it stands behind is not the page's (ShownDayBesideDatetime).
        var dated = marked.Times.Where(time => time.GetAttribute("datetime") is { } stamp && !OtherStoryCard.HoldsTime(time, headline) && !WidgetPostTime.Is(time)
            && !ShownDayBesideDatetime.Contradicts(time, stamp)).ToList();
        facts.PublishedAt ??= facts.WebPagePublishedAt;
        // article time.published[datetime], time.entry-date[datetime], article time[datetime], header time[datetime]; then time[datetime]
        facts.PublishedAt ??= DateLineParser.ToIso(
            ZonedTimeTitle.Value(dated.FirstOrDefault(time => time.ClassList.Contains("entry-date") || MarkedElements.IsInside(time, "article") || MarkedElements.IsInside(time, "header"))
                ?? dated.FirstOrDefault(time => !EventListingTime.Is(time)))
            ?? document.SelectFirst("[property~='dc:date'][content], [property~='dc:created'][content], [property~='dcterms:created'][content]")?.GetAttribute("content")
            ?? SchemaRdfaNode.CreatedTime(document))
            ?? ShownUnixTimeWithYear.First(document)
            ?? DataStampedRelativeTime.First(marked.Times, headline);
        // '<meta name="parsely-page" content='{…"pub_date":"…Z"…}'>': the analytics meta's time, for a page that nothing else
        // dates, the shown text included (ParselyPageDate).
        var parselyPage = document.SelectFirst("meta[name='parsely-page'][content]")?.GetAttribute("content");
        facts.AnalyticsPublishedAt = ParselyPageDate.Of(parselyPage);
        // "<span>by</span><h3><a href="/profile/…">Pen Name</a></h3><h1>Chapter …</h1>": a serial's writer beside the
        // headline, before the classes that name a writer's note box or card.
        if (facts.Authors.Count == 0 && !facts.SignedWithoutWriter && ByLabelBesideHeadline.Find(document) is { } penName)
        {
            facts.Authors.Add(penName);
        }

        // "<meta name="author" content="A">" beside "By <a class="author">A &amp; B</a>": the meta names the first writer only;
        // the shown byline is read too, and widens it when it names the meta's writer among others (CoWritersBesideMetaAuthor),
        // or replaces it when the Parse.ly page meta names the shown writers instead of the meta's (ParselyConfirmedByline).
        // The JSON-LD's one person beside "Name et Other Name" shown is widened the same way (CoWritersBesideMetaAuthor).
        if ((facts.Authors.Count == 0 || facts.AuthorFromMetaOnly || (facts.AuthorFromJsonLdPersonOnly && facts.Authors.Count == 1)) && !facts.SignedWithoutWriter)
        {
            // WordPress writes the author into the body's and the post's classes ("s-author-bkessler"): a byline holds no headline.
            // "<span class="signature_article">Par <span itemprop="author" class="auteur">A</span> (Lyon, correspondante)</span>":
            // a byline marked by its microdata alone, outside any schema.org article, still names the writer.
            // Drupal papers keep the reporter's byline in a field of its own ("field-name-field-byline": "By Renata Quill,
            // Staff Writer"), where "Submitted by webdesk" names the producer's account.
            // Spanish, French and Italian templates name the byline's span in their own language (a div of that name holds the
            // place beside the name and is no byline): "<div class="firma">
            // <span class="autor">Pablo Ferrándiz</span> | <span class="lugar">Alzira</span></div>".
            // Two writers share one span named in the plural: "<span class="autores"><a>Javier Ortuño</a> y <a>Elena Sastre</a></span>".
            // A template's own prefix names the byline's span ("<span class="pb-byline">By <a>Name</a></span>"), and a
            // "Follow @handle" button in a class named for the authors beside it is no byline (SocialFollowButton).
            // An element named "byline" by its id holds one too: "<div id="byline">[Name，Outlet]</div>" (BracketedByline).
            // A Japanese magazine names the writer after a role and a mark: "文●Name／Site編集部" (TextRoleByline, asked first).
            // SignatureEmphasisName (a widening): a signature block that sets the name apart in emphasis before the place,
            // "<p class="firma"><em>Name</em> | <span class="localizacion">Madrid</span></p>", names the writer by that
            // first emphasis alone; the block's whole text (name, bar, place) still is no byline.
            // A byline box of links alone that opens on a link to the story's section, linked from the menu or the breadcrumb
            // above it, names the writers by the links after it (SectionLinkBeforeBylineName).
            var names = document.Matching("[class~='firma'] > em:first-child, [class~='firma'] > strong:first-child, [rel='author'], .byline .fn, .author .fn, .byline a, .byline, [class*='field-byline'], span[class$='-byline'], .author-name, span.autor, span.auteur, span.autore, span.autores, span.auteurs, span.autori, .article-author, .entry-author, .post-author, [class*='author']:not([class*='comment']), [itemprop~='author'], #byline")
                .Where(byline => byline.LocalName is not ("body" or "html") && byline.SelectFirst("h1, h2") is null && !IsInComment(byline) && !NestedReviewItem.Holds(byline) && !BylineTabRow.Holds(byline)
                    && !SocialFollowButton.Is(FirstLine(byline)) && !IsTeaserByline(byline) && !PullQuoteSpeaker.Is(byline) && !InlineHiddenAuthorLink.Is(byline) && !MenuItemByline.Is(byline) && !OtherStoryCard.HoldsByline(byline, headline) && !LinkedCardByline.Is(byline))
                .Select(byline => TextRoleByline.Read(byline) ?? FullByline(byline) ?? OwnLineByline(byline) ?? NameLinkBesideRole.Read(byline) ?? SectionLinkBeforeBylineName.Read(byline) ?? BylineParser.ReadNames(StripBy(FirstLine(byline))) ?? BracketedByline.Read(byline))
                .Select(found => found is [var only] && (LabelOnlyBylineName.Is(only) || WireServiceByline.IsWireService(only) || BylineParser.IsDeskWord(only) || NewsroomDeskName.Is(only) || DeskOnlyByline.EndsWithKanjiDesk(only) || LettersSectionByline.Is(only)) ? null : found)
                .FirstOrDefault(found => found is not null);
            if (facts.AuthorFromMetaOnly || (facts.AuthorFromJsonLdPersonOnly && facts.Authors.Count == 1))
            {
                if (names is not null && (CoWritersBesideMetaAuthor.Widens(facts.Authors[0], names) || (facts.AuthorFromMetaOnly && ParselyConfirmedByline.Replaces(facts.Authors[0], names, parselyPage))))
                {
                    facts.Authors.Clear();
                    facts.Authors.AddRange(names);
                }
            }
            else if (names is not null)
            {
                facts.Authors.AddRange(names);
            }
            else if (KanjiNameByline.Find(document, IsInComment) is { } kanjiName)
            {
                facts.Authors.Add(kanjiName);
            }
            else if (FirstWriterLink(document, headline)?.ParentElement is { } byline)
            {
                // Hashed class names hide the byline, but its names still link to the writers' pages: "By <a>A</a> and <a>B</a>".
                var links = byline.Children.Where(IsAuthorLink).ToList();
                var linked = links.Select(link => Whitespace.Collapse(link.TextContent)).ToList();
                if (linked.Count > 0 && linked.TrueForAll(name => WireServiceByline.IsWireService(name)))
                {
                    // "Text by <a href="/en/author/news-wires/">NEWS WIRES</a>": the wires' own author page signs the story, no writer.
                    facts.SignedByWireService = true;
                }
                else
                {
                    // "<a href="/author/site-editor/">Editor</a>": the desk's account signs with its role alone (RoleAloneWriterLink).
                    facts.Authors.AddRange(linked.Where(name => Words.LooksLikePersonName(name) && !LettersSectionByline.Is(name) && !NewsroomDeskName.Is(name) && !RoleAloneWriterLink.Is(name)).Distinct(StringComparer.OrdinalIgnoreCase));
                    // "<a href="/author/mkessler/">mkessler</a>": the login a writer without a display name signs with (AuthorArchiveLogin).
                    if (facts.Authors.Count == 0 && links is [var only] && AuthorArchiveLogin.Read(only) is { } login)
                    {
                        facts.Authors.Add(login);
                    }
                }
            }

            // "<ul class="author list"><li>Site編集部</li></ul>": the byline names the desk alone (DeskOnlyByline).
            if (facts.Authors.Count == 0 && !facts.SignedWithoutWriter && (DeskOnlyByline.Signs(document, IsInComment) || DateRowDeskSignature.Signs(document, IsInComment)))
            {
                facts.SignedByDesk = true;
            }
        }

        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(TagLinkTexts(document));
        }

        // "<button onclick="location.href='/news/topics/ferries'">Ferries</button>…": the story's topics as a row of
        // buttons under the text, asked before the topic links, of which the section kicker may be the only one (TopicButtonRow).
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(TopicButtonRow.Tags(document));
        }

        // Without a tag list in the markup, links into the site's topic pages are its tags; not the "Hot topics:" or "Trending"
        // row of the day's topics that the site prints on every page, nor a name linked in a sentence of the text.
        if (facts.Tags.Count == 0)
        {
            facts.Tags.AddRange(document.SelectAll("a[href*='/tag/'], a[href*='/tags/'], a[href*='/topics/'], a[href*='/topic/'], a[href*='/thema/'], a[href*='/tema/']")
                .Where(link => !SiteWideRow.Holds(link) && !InlineTopicLink.Is(link) && !TopicLinkInLinkCloud.Is(link))
                .Select(link => HashtagMark.Without(Whitespace.Collapse(link.TextContent)))
                .Where(tag => tag.Length is > 0 and < 60)
                .Distinct(StringComparer.OrdinalIgnoreCase));
        }

        if (facts.TagsFromKeywordPairs)
        {
            SlugTagSpelling.Respell(facts.Tags, document.DocumentElement);
        }

        // "AccountancyAge" as the logo's alt under a title ending "- Accountancy Age": the title spaces the name (GluedSiteName).
        facts.Site ??= (LogoName(document) is { } logoName ? GluedSiteName.TitleSpelling(logoName, Whitespace.Collapse(document.Title)) ?? logoName : null)
            ?? BloggerHeaderLogo.Name(document) ?? RelHomeLinkInTitle.Name(document);
        // A blog of a network names its feed after the blog, the network being the site the text shows: the feed's name is asked last (HtmlPageSplitter).
        facts.FeedSite = facts.Site is null ? FeedLinkSiteName.Name(document) : null;
        // Drupal 7's RDFa states the node's comment count beside its title and date; only pages declaring the SIOC
        // vocabulary on their root are searched for it, and a teaser card's count is another node's.
        if (facts.DeclaredCommentCount is null && DeclaresSioc(document.DocumentElement) && TeaserNodeReplyCount.Read(document) is { } replies)
        {
            facts.DeclaredCommentCount = replies;
        }

        facts.DeclaredCommentCount ??= SchemaRdfaNode.CommentCount(document);
        facts.ButtonCommentCount = facts.DeclaredCommentCount is null ? CommentCountButton.Count(document) : null;
    }

    private static bool DeclaresSioc(IElement root) =>
        root.HasAttribute("xmlns:sioc") || (root.GetAttribute("prefix") ?? root.Owner?.Body?.GetAttribute("prefix"))?.Contains("sioc:", StringComparison.Ordinal) == true;

    /// <summary>The site's name in its logo's alt text; Drupal's default alt ("Home") names a link, not the site.</summary>
    /// <summary>
    /// Whether the logo's alt text spells the share card's site name as the page prints it: og:site_name "the Sentinel"
    /// beside "The Sentinel" (the card's lower case is a style), "caldertribune.com" beside "Calder Tribune" (a domain
    /// the logo spells), "Capitol Sentinel" beside "The Capitol Sentinel" (the card drops the name's article).
    /// </summary>
    private static bool IsMastheadSpelling(string logo, string siteName) =>
        (char.IsLower(siteName[0]) && logo != siteName && string.Equals(logo, siteName, StringComparison.OrdinalIgnoreCase))
        || DomainSiteName.IsSpelledBy(siteName, logo)
        || (logo.StartsWith("The ", StringComparison.Ordinal) && string.Equals(logo[4..], siteName, StringComparison.OrdinalIgnoreCase));

    private static string? LogoName(IDocument document) =>
        LogoAltName(document.SelectAll("header a img[alt], #logo img[alt], .logo img[alt], a[href='/'] img[alt], #masthead a img[alt], .masthead a img[alt]")
            // A language switcher's flag in the header names a language, no site (LanguageSwitchFlag).
            .FirstOrDefault(image => !WriterPortraitLink.Is(image) && !LanguageSwitchFlag.Is(image))?.GetAttribute("alt"));

    /// <summary>The site's name a logo's alt text gives, or null for a link's purpose ("Home"), a network's icon or a sentence.</summary>
    internal static string? LogoAltName(string? alt) =>
        alt is not null && LinkPurposeAltText.Name(alt) is { } logo
        && Words.Count(logo) is >= 1 and <= 5 && !NotSiteNames.Contains(logo.Trim()) && !SocialNetworkIcon.Is(logo) ? SiteFinder.WithoutLogoWord(LogoBeforeTagline.NameBeforeColon(Whitespace.Collapse(logo))) : null;

    /// <summary>"&lt;h1 id="banner-header"&gt;Statehouse Notebook&lt;/h1&gt;" under "&lt;title&gt;Statehouse Notebook: Senate panel …": the blog's banner, not the post's headline.</summary>
    private static bool NamesBlogInTitle(IDocument document, IElement heading)
    {
        var title = document.Title ?? string.Empty;
        var name = heading.TextContent.AsSpan().Trim();
        return name.Length > 0 && title.Length > name.Length + 2 && title.AsSpan().TrimStart().StartsWith(name, StringComparison.Ordinal)
            && title.AsSpan().TrimStart()[name.Length..].StartsWith(": ", StringComparison.Ordinal);
    }

    /// <summary>
    /// The first h1 of "article h1", "main h1", "h1.entry-title, h1[itemprop='headline'], h1.headline", "h1", in this
    /// order: a page may also use h1 for its logo, so the article's own heading is looked for first.
    /// </summary>
    private static IEnumerable<IElement?> Headlines(List<IElement> headings)
    {
        yield return headings.FirstOrDefault(heading => MarkedElements.IsInside(heading, "article"));
        yield return headings.FirstOrDefault(heading => MarkedElements.IsInside(heading, "main"));
        yield return headings.FirstOrDefault(heading =>
            heading.ClassList.Contains("entry-title") || heading.GetAttribute("itemprop") == "headline" || heading.ClassList.Contains("headline"));
        yield return headings.FirstOrDefault(heading => !MenuPanelHeading.Is(heading));
        yield return headings.FirstOrDefault();
    }

    /// <summary>
    /// "By <span class="author vcard">A</span> and <span class="author vcard">B</span>": a name found by its class may
    /// stand in a byline that names more writers; the line that opens with "By" gives them all.
    /// </summary>
    private static List<string>? FullByline(IElement name)
    {
        // "<a rel="author">A</a> in Kiev and <a rel="author">B</a> in Brussels": each writer's link says so, whatever joins them.
        if (name.ParentElement?.Children.Where(IsRelAuthorLink).Select(link => Whitespace.Collapse(link.TextContent)).Distinct(StringComparer.Ordinal).ToList()
            is { Count: > 1 } linked && linked.All(linkedName => Words.LooksLikePersonName(linkedName)))
        {
            return linked;
        }

        var line = name.ParentElement;
        for (var step = 0; step < 3 && line is not null && NodeText.IsShorterThan(line, 200); step++, line = line.ParentElement)
        {
            if (BylineParser.TryRead(LineHolding(line, name)) is { Count: > 1 } names)
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>
    /// The shown line of <paramref name="block"/> that holds <paramref name="name"/>: "By A and B" over
    /// "UNITED NATIONS | Tue Sep 24, 2013 9:12pm EDT" in the block around them, not both lines run together.
    /// </summary>
    private static string LineHolding(IElement block, IElement name)
    {
        var own = Whitespace.Collapse(name.TextContent);
        return HtmlText.Lines(block).Select(shown => shown.Text).FirstOrDefault(text => text is not null && text.Contains(own, StringComparison.Ordinal))
            ?? Whitespace.Collapse(block.TextContent);
    }

    private static bool IsRelAuthorLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("rel") is { } rel && AttributeTokens.Contains(rel, "author");

    /// <summary>
    /// "&lt;span&gt;By Ffion Rhys&lt;/span&gt;&lt;span&gt;Political reporter&lt;/span&gt;": parts the page's style sets on lines of
    /// their own run together in the text; the part that opens with "By" gives the names.
    /// A part holding words hidden from readers or a line break is read line by line as shown (HiddenTextInBylinePart).
    /// </summary>
    private static List<string>? OwnLineByline(IElement byline) =>
        byline.Children.Select(part => HiddenTextInBylinePart.Read(part, EmailAddressLink.Is) ?? BylineParser.TryRead(WithoutShownAddress(part))).FirstOrDefault(names => names is { Count: > 0 });

    /// <summary>A part of a byline box as its text, a mail link that shows the address left out (EmailAddressLink).</summary>
    private static string WithoutShownAddress(IElement part) =>
        part.SelectFirst("a[href^='mailto:']") is null ? Whitespace.Collapse(part.TextContent)
            : Whitespace.Collapse(string.Join(' ', HtmlText.Lines(part, EmailAddressLink.Is).Select(line => line.Text)));

    /// <summary>
    /// "&lt;div class="date" data-seconds="1426162953"&gt;12 March 2015&lt;/div&gt;": the instant behind a shown date, in
    /// UTC, when the shown text is that day.
    /// </summary>
    internal static string? ShownUnixTime(IElement? element)
    {
        if (element is null || !long.TryParse(element.GetAttribute("data-seconds"), out var seconds) || seconds is < 0 or > 4102444800
            || !DateLineParser.TryParseLine(Whitespace.Collapse(element.TextContent), out var shown) || shown.Date is not { } day)
        {
            return null;
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return Math.Abs(DateOnly.FromDateTime(instant.UtcDateTime).DayNumber - day.DayNumber) <= 1 ? DateLineParser.ToIso(instant.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>The byline box's first line: "By A and B", not the date in the block under it.</summary>
    private static string FirstLine(IElement byline) =>
        byline.Children.Length == 0 ? Whitespace.Collapse(byline.TextContent)
            : HtmlText.Lines(byline, EmailAddressLink.Is).FirstOrDefault().Text ?? string.Empty;

    private static string StripBy(string text)
    {
        // "durch Name" in the author's element: a German theme's "by" (DurchBylineLabel).
        var line = SectionBeforeBylineNames.Strip(DurchBylineLabel.Strip(text));
        return BylineParser.TryRead(line) is { } names ? string.Join(", ", names) : line;
    }

    private static string? Prop(IElement scope, string name) => OwnProps(scope, name).Select(PropValue).FirstOrDefault(value => value is { Length: > 0 });

    /// <summary>The first link to a writer's page that signs no card of a related-stories box (<see cref="TeaserCardAuthorLink"/>).</summary>
    private static IElement? FirstWriterLink(IDocument document, IElement? headline)
    {
        foreach (var link in document.SelectAll("a[href*='/author/'], a[href*='/authors/']"))
        {
            // A portrait linking to the writer's page names nobody; the name's link a box further on does (PortraitOnlyWriterLink).
            // A writer's page linked from the site's menu (a "Personalities" submenu of a station's anchors inside the
            // <nav>) names the staff, no writer of this story (MenuItemByline, widened to writer links).
            // OtherStoryCardWriterLink: a writer's link in another story's card (a block with a linked headline of its own
            // that does not hold the page's shown headline, as "More stories" cards under an unsigned story) signs that
            // story, as OtherStoryCard already judges a class-named byline in such a card.
            if (!TeaserCardAuthorLink.Is(link) && !PortraitOnlyWriterLink.Is(link) && !MenuItemByline.Is(link) && !OtherStoryCard.HoldsByline(link, headline))
            {
                return link;
            }
        }

        return null;
    }

    private static bool IsAuthorLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href
        && (href.Contains("/author/", StringComparison.Ordinal) || href.Contains("/authors/", StringComparison.Ordinal));

    /// <summary>Properties of this item, not of items nested in it (a comment's author is not the article's).</summary>
    private static IEnumerable<IElement> OwnProps(IElement scope, string name) =>
        scope.SelectAll($"[itemprop~='{name}']").Where(element => NearestScope(element) == scope);

    private static IElement? NearestScope(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.HasAttribute("itemscope"))
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>
    /// An author property's name: its content attribute, or the first line it shows. "&lt;li itemprop="author"&gt;&lt;a&gt;Name&lt;/a&gt;
    /// &lt;br&gt;&lt;span&gt;Journaliste au Monde&lt;/span&gt; &lt;span&gt;Suivre …&lt;/span&gt;&lt;/li&gt;": a writer's card under the text
    /// holds the role and follow buttons under the name.
    /// </summary>
    private static string? MicrodataAuthorText(IElement author) =>
        author.GetAttribute("content") ?? (author.Children.Length == 0 ? PropValue(author) : FirstLine(author));

    // Blogger and older microformats put the machine-readable date in an abbr's title.
    private static string? PropValue(IElement element) =>
        element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null)
        ?? Whitespace.Collapse(element.TextContent);

    /// <summary>
    /// "<figcaption>… <span class="credit" itemprop="author">AFP/STAN HONDA</span></figcaption>": French dailies mark the
    /// photographer of the picture as its author, inside the article's item; the picture's author wrote nothing.
    /// </summary>
    private static bool IsPictureCredit(IElement element) => element.Nearest("figure, figcaption") is not null;

    /// <summary>
    /// "&lt;li class="rail-item"&gt;&lt;a&gt;Headline&lt;/a&gt;&lt;span class="rail-byline"&gt;By Name&lt;/span&gt;&lt;/li&gt;": a prefixed
    /// byline span in a list, a sidebar or a menu signs another story's teaser, not this one.
    /// </summary>
    private static bool IsTeaserByline(IElement byline) =>
        byline.LocalName == "span" && byline.ClassName?.EndsWith("-byline", StringComparison.Ordinal) == true && byline.Nearest("li, aside, nav") is not null;

    /// <summary>
    /// Whether an element sits in a reader's comment, whose author is no writer of the article. A row beside the headline in
    /// its header, classed for the comment-count widget placed there, is none (<see cref="CommentClassedHeaderRow"/>).
    /// </summary>
    // "<div class="PageArticle_commentHeader"><article><div class="Author">Name</div><h1>…</h1>": an opinion column's header
    // box, named for the column ("comment", German "Kommentar"), holds the page's headline; a reader's comment never does,
    // so the byline in it still names the writer (HeadlineFrame).
    private static bool IsInComment(IElement element) =>
        element.Nearest("[class*='comment'], [id*='comment'], [class*='posting'], [class*='reaction']") is { } holder && holder.LocalName is not ("body" or "html")
        && !CommentClassedHeaderRow.Is(holder) && !HeadlineFrame.Holds(holder);

}
