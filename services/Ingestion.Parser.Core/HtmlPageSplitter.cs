using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ingestion.Parser.Core;

/// <summary>
/// Splits an HTML page. The page's own metadata (JSON-LD, microdata, OpenGraph, meta tags, its markup) names title,
/// authors, time and tags; the comment container and the article's content root are found by their usual markup,
/// rendered to lines and read by the same rules as plain-text pages.
/// </summary>
internal static class HtmlPageSplitter
{
    /// <summary>No real page nests this deep; the HTML tree builder slows down quadratically past it.</summary>
    private const int MaxNesting = 2000;

    /// <summary>News pages show far less text; past this a DOM costs more time than a page may take, so the text is read instead.</summary>
    private const int MaxDomLength = 3 << 20;

    /// <summary>
    /// A page saved whole may weigh many megabytes of inlined images and scripts and still be cheap as a DOM (a 7 MB
    /// page of them took a quarter of a second); this bounds even those, at the fetcher's default file limit.
    /// </summary>
    private const int MaxDomPageLength = 16 << 20;

    /// <summary>A head is a few kilobytes of metadata; past this it is no head but a page that never opens its body.</summary>
    private const int MaxHeadLength = 256 << 10;

    /// <summary>
    /// A full-size news page holds 3,000 to 10,000 tags. A DOM's cost grows with its elements and their text, not with
    /// the page's bytes (a megabyte of inline script is one text node): 60,000 tags of paragraphs, within
    /// <see cref="MaxDomLength"/>, took a second.
    /// </summary>
    private const int MaxDomTags = 30_000;

    /// <summary>What no rule reads (source positions, HTML comments, processing instructions) is not kept: less to build per element.</summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
    };

    /// <summary>
    /// One parser, so one browsing context, per thread: a context is a browser tab that reads one page at a time, and
    /// building one costs about as much as parsing a small page. Parsing is synchronous, so no page shares it mid-parse.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? threadParser;

    public static ParsedPage Split(string html)
    {
        // A tag manager's "<iframe … />" in a noscript would hold the rest of the page as its text (SelfClosedFrameInNoscript).
        html = SelfClosedFrameInNoscript.Closed(html);
        var shape = HtmlShape.Of(html);
        if (html.Length > MaxDomPageLength || shape.ReadableLength > MaxDomLength || shape.Tags > MaxDomTags || shape.Depth > MaxNesting)
        {
            return WithHeadMetadata(html, TextPageSplitter.Split(TagStripper.Lines(html)));
        }

        using var document = (threadParser ??= new HtmlParser(ParserOptions)).ParseDocument(html);
        HeadCutShortByNoscript.Restore(document);
        MetaValueAttribute.Restore(document);
        ArchiveFurniture.Remove(document, html);
        UnrenderedTemplateText.Remove(document, html);
        StyleSheetHiddenLine.Remove(document);
        PrintOnlyStyledBox.Remove(document);
        HeadingPermalinkMark.Remove(document);
        TimeInHeadline.MoveOut(document);
        NewWindowNotice.Remove(document);
        CommentPluginRulesBox.Remove(document);
        SyntaxHighlightTokens.Neutralise(document);
        var feedPost = FeedReaderView.Read(document);
        // Read before the thread's box goes: the JSON-LD may list the comments shown in a box no thread reader knows (JsonLdComments).
        var facts = JsonLdReader.Read(document);
        var listedCommentsShown = facts.ListedComments.Count > 0 && JsonLdComments.ShownOn(document, facts.ListedComments);
        // The comments go first: their times and names are not the article's ("time[datetime]" of a Livefyre thread).
        var comments = feedPost is { Comments.Count: > 0 } ? (feedPost.Comments, null) : HtmlCommentSection.Read(document);
        // A microblog's status page: its main post is the article, its writer's display name the author (MainPostBox).
        var mainPost = MainPostBox.Of(document);
        var mainPostReplies = MainPostBox.ReplyCount(mainPost);
        // A webcomic's "Author Notes:" box, on a page that names no text box, is the article's text (AuthorNotesBox).
        var notes = AuthorNotesBox.Of(document) is { } notesBox && Array.TrueForAll(HtmlContentRoot.Candidates(document), candidate => candidate is null) ? notesBox : null;
        WriterProfileTime.Remove(document);
        LinkButtonPromptBox.Remove(document);
        var marked = MarkedElements.Of(document);
        HtmlMetaReader.Read(document, marked, facts);
        // A card for another story takes its thumbnail with it, before the figures are read as captions.
        ReadOnTeaserCard.Remove(document.Body ?? document.DocumentElement);
        // So does one built of editor blocks: a heading and a picture, each one link to that story (LinkedHeadingOverLinkedPicture).
        LinkedHeadingOverLinkedPicture.Remove(document.Body ?? document.DocumentElement);
        // And one link around another story's headline and thumbnail figure (HeadlineAndFigureInOneLink).
        HeadlineAndFigureInOneLink.Remove(document.Body ?? document.DocumentElement, document);
        // A theme's feed of posts, each a date, a linked headline and an excerpt, before the noise takes the dates' tag-classed rows (DatedHeadlineCardRun).
        DatedHeadlineCardRun.Remove(document.Body ?? document.DocumentElement);
        // A page builder's boxes of cards for other posts, before the shown page is read: their badges are no tags (PageBuilderPostsWidget).
        PageBuilderPostsWidget.Remove(document);
        // A picture viewer's "View full size image" link under a picture with no figcaption (ViewerLinkOutsideCaption).
        ViewerLinkOutsideCaption.Remove(document);
        var captions = HtmlCaptions.Read(document);
        // "Sources: … / Photo Credit: Name/Outlet" under the text: the credit part is the picture's, the sources no text.
        captions.AddRange(SourcesLinePhotoCredit.Take(document));
        // "<p class="credits">Credit: Courtesy of Name</p>" under the text, beside the tag row: the pictures' credit (CreditsBoxCreditLine).
        captions.AddRange(CreditsBoxCreditLine.Take(document).Where(credit => !captions.Contains(credit)));
        // "<p>Image: Shop.example</p>" closing the text, word for word the figures' credit: no caption of the paragraph above it.
        RepeatedCreditParagraph.Remove(document, captions);
        // A script's cards as served, pictures without a source and links that go nowhere: no text ("READ MORE").
        UnfilledCardTemplate.Remove(document);
        CourtesyOverWriterLine.Remove(document.Body ?? document.DocumentElement);
        PlaceInByline.Remove(document);
        AuthorLabelMidLine.Part(document);
        WriterHoverCard.Remove(document);
        StandfirstHeadingInText.Remove(document, facts.Descriptions);
        // "This work is licensed under a <a rel="license">Creative Commons …</a>": the text's small print, no paragraph.
        LicenceNoticeParagraph.Remove(document);
        // "【対応OS】 Windows 10" / "【バージョン】 1.51": a definition list of labels and short values under the text is a fact box.
        LabelledFactBox.Remove(document);
        // "[Okafor15]" and "¹" in the text link to the notes under it: sources, no paragraphs.
        CitedNotesUnderText.Remove(document);
        CodeListingLabel.Remove(document);

        // The page as a reader sees it, bylines and tag lists included, answers what the metadata left open. Read before
        // the noise goes, and only when asked: full metadata leaves it nothing to answer.
        var body = document.Body ?? document.DocumentElement;
        TextArticleReader? shownPage = null;
        TextArticleReader Page() => shownPage ??= ReadAsText(body, knownTitle: null, element => NavigationList.Is(element) || NestedReviewItem.Is(element) || BreadcrumbTrail.Is(element)
            // A rail's card for another page, its headline a link there: its "— date, by Name" line is that page's (TeaserCardArticle).
            || (element.LocalName == "article" && TeaserCardArticle.Is(element)));
        var title = feedPost?.Title ?? (facts.Title is { } metadataTitle ? (facts.TitleOverBuilderH1s ? metadataTitle : KickerSpanInHeading.Without(document, FullerHeadline(document, marked.Headings, TruncatedMetadataHeadline.Completed(metadataTitle, document.Title), facts.Authors.Count > 0 ? facts.Authors : facts.DeskSignatures, facts.Site, facts.Descriptions))) : TitleFromDocumentTitle(document, Page().Lines) ?? ShortenedTitleLine.Find(Whitespace.Collapse(document.Title), Page().Lines) ?? HomeLinkHeadingReadAsTitle.Instead(document, MenuItemReadAsTitle.Instead(document, Page().Title), Page().Lines));
        var authors = facts.Authors.Count > 0 ? WriterListItems.Widened(document, StackedBylines.Widened(document, CoauthorByline.Widened(document, facts.Authors)))
            : facts.SignedWithoutWriter ? [] : NamePrefixedShareTitle.Find(document, marked.Headings, facts.Title) is { } maker ? [maker] : HeadlineAsWriter.Without(ProviderNameNoWriter.Without(document, PipedLinkRowAuthor.Without(document, SectionMenuAuthor.Without(document, Page().Authors))), title);
        authors = LabelOnlyBylineName.Without(authors);
        if (mainPost is not null)
        {
            // "Name (@handle)" shared as the title names the account; a post has no headline.
            title = MainPostBox.IsAccountTitle(title, mainPost) ? null : title;
            authors = authors.Count == 0 && MainPostBox.Writer(mainPost) is { } poster ? [poster] : authors;
        }

        if (notes is not null && authors.Count == 0 && AuthorNotesBox.Writer(notes) is { } noteWriter)
        {
            authors = [noteWriter];
        }

        // "<strong>Name</strong> (aka handle) is the founder of …" in the entry's metadata box: a blog's only writer card.
        if (authors.Count == 0 && !facts.SignedWithoutWriter && BoldNameBioCard.Writer(document) is { } cardWriter)
        {
            authors = [cardWriter];
        }

        if (facts.PublishedFromMicrodataCreation && facts.PublishedAt is { } created)
        {
            facts.PublishedAt = CreationStampAfterShownDate.Prefer(created, Page().PublishedAt);
        }

        var publishedAt = feedPost?.PublishedAt is { } entryTime ? entryTime : facts.PublishedAt is { Length: not 10 } known
            ? known.EndsWith("+00:00", StringComparison.Ordinal) ? ShownInstant.Prefer(LocalStampBesideAnalyticsInstant.Prefer(known, facts.AnalyticsPublishedAt), Page().PublishedAt?.ToIso())
                // "13:30 GMT (06:30 PDT)" read as the Pacific clock in the time element of a zone-less "13:30:03": the machine time is UTC (UtcClockOfShownTime).
                : known.Length == 19 ? HalfDayClockSlip.Shown(known, Page().PublishedAt?.ToIso()) ?? UtcClockOfShownTime.Utc(known, marked.Times)
                    // "4:28 PM" with no zone beside the analytics meta's "21:28:29Z": the gap is the site's offset (ZonelessClockBesideAnalyticsInstant).
                    ?? ZonelessClockBesideAnalyticsInstant.Zoned(ShownZoneOfSameMinute.Applied(known, Page().Lines), facts.AnalyticsPublishedAt) : known
            : ModifiedClockZone.Applied(BoardTimeZone.Applied(document, MorePrecise(facts.PublishedAt, Page().PublishedAt?.ToIso())), facts.ModifiedAt)
                ?? facts.AnalyticsPublishedAt;
        // The logo box's home link text (LogoBoxLinkName) yields to the document title's site, and outranks the text's chrome lines,
        // as the imprint's quoted name spelling the host does (QuotedHostNameInFooter).
        var site = feedPost?.Site ?? facts.Site ?? NewspaperBlog.PaperOf(document, title) ?? BlogArchiveDocumentTitle.Blog(document.Title, title) ?? SiteFromTitle(document, title) ?? LogoBoxLinkName.Name(document) ?? QuotedHostNameInFooter.Name(document) ?? BreadcrumbHomeHostName.Name(document) ?? FrontPageOrganization.Name(document, facts.FrontPageOrganizations) ?? Page().Site ?? facts.FeedSite
            // A hand-built blog's banner picture linking home, where nothing else names the site (HomeLinkLogoSite).
            ?? HomeLinkLogoSite.Name(document);
        if (feedPost?.Site is null && facts.Site is null && site is not null && StoryLabelInTitle.IsLabel(site) && StoryLabelInTitle.ShownSite(site, Page().Site) is { } paper)
        {
            // "Beacon Story: Ferry line …" in the document title, "Copyright © 2013 The Harbor Point Beacon." on the page.
            site = paper;
        }

        // "USATODAY" from the logo's alt text, "Name, USA TODAY" in the byline: the paper's name as it prints it.
        site = SpacedMastheadInByline.Restore(site, () => Page().Lines);

        // "By The Harbour Ledger" on The Harbour Ledger, "by harbour" on Harbour Ledger: the site's own account signs
        // no writer; a writer the text names ("Written by: Name") does.
        if (SiteAccountByline.AllNameSite(authors, site) && !SiteNamedForWriter.Is(authors, site, facts.PersonAuthors, document.SelectFirst("meta[name='author']")?.GetAttribute("content")))
        {
            authors = facts.SignedWithoutWriter ? [] : HeadlineAsWriter.Without(PipedLinkRowAuthor.Without(document, SectionMenuAuthor.Without(document, Page().Authors)), title).Where(author => !SiteAccountByline.Names(author, site)).ToList();
        }

        // The issuer of a release on a wire service's page, named as its author by the structured data, wrote no byline (PublisherNamedAsAuthor).
        authors = PublisherNamedAsAuthor.WithoutIssuer(authors, facts.ReleaseIssuer);

        // "By THE DAILY LEDGER" (the site) or a byline naming no one over a feature whose credit line under its own
        // headline names the writer among its makers (SiteBylineOverCredits).
        if (authors.Count == 0 && RoleCreditLine.FirstIn(Page().Lines) is { } credited)
        {
            authors = credited;
        }

        // "Archivado en: Alquiler viviendas" under the text names the tags as the reader sees them; news_keywords says "Alquiler".
        if (site is not null && authors.Count > 1 && authors.Contains(site, StringComparer.OrdinalIgnoreCase))
        {
            // "By Deborah Quist, Carrow Valley Ledger": the paper after its writer is the site, no writer.
            var writers = new List<string>(authors);
            SiteInByline.RemoveFrom(writers, site);
            authors = writers;
        }

        var keywordsNameSite = facts.TagsFromKeywordsMeta && (SiteNameKeywords.NamesLateSite(facts.Tags, site, title) || (UnrelatedKeywordsMeta.Is(facts.Tags, title, facts.Descriptions) && !AboutNamedKeyword.In(facts.Tags, facts.AboutNames)));
        // The keywords meta's tags, each a link the page marks rel="tag", outrank a shown row read with the section over them (RelTagLinksOfKeywords).
        var readTags = CommaInsideTagLink.Without(facts.Tags.Count > 0 && !keywordsNameSite && !(facts.TagsFromKeywordsMeta && Page().Tags.Count > 0 && !RelTagLinksOfKeywords.Agree(document, facts.Tags)) ? facts.Tags : Page().Tags);
        // "Issue" over one rel="tag" link naming a keyword: the shown few outrank the keywords meta (MarkedTagsAmongKeywords).
        if (facts.TagsFromKeywordsMeta && !keywordsNameSite && Page().Tags.Count == 0 && MarkedTagsAmongKeywords.Find(document, facts.Tags) is { } markedTags)
        {
            readTags = markedTags;
        }

        // A tag link the reader sees stays, even when it reads like the headline (TitleNamedTagLink).
        var tags = TitleNamedTagLink.Restore(TitleOrSiteAsTag.Without(readTags, title, site), readTags, title, site, document);
        ToggledHeadedBox.Remove(body);
        HeadedLinkBox.RemoveHeaderHeaded(document);
        // Before the noise goes: the article's footer, which marks where its own boxes end, is landmark furniture.
        BoxesAfterArticleFooter.Remove(document);
        var rootCandidates = HtmlContentRoot.Candidates(document);
        // The main post's text or the maker's note: the article's text box, however short (MainPostBox, AuthorNotesBox).
        var mainText = MainPostBox.Text(mainPost) ?? AuthorNotesBox.Text(notes);
        // A video page's one-paragraph description under the headline, on a page whose markup names no text box of a few
        // lines (a teaser card's "article-text" blurb is none), stays whatever its box's
        // class says (DescriptionUnderHeadline).
        var description = HtmlContentRoot.NamesNoText(rootCandidates) ? DescriptionUnderHeadline.Paragraph(document, facts.Descriptions) : null;
        // A contents plug-in's list in a nav inside the text's box, and the label box it leaves, before the navs go as noise (ContentsNavInText).
        ContentsNavInText.Remove(rootCandidates);
        HtmlFurniture.RemoveNoise(document, [.. rootCandidates, mainText, description, .. GatedTextElements.In(document, facts.GatedTextSelectors)]);
        var root = mainText is not null && HtmlContentRoot.IsInDocument(mainText, document) ? mainText : HtmlContentRoot.Find(document, rootCandidates, facts.Descriptions);
        // "[撮影協力:<a>Shop</a>]": a Japanese picture credit, mostly its link, taken before the link-led paragraphs go, from
        // the text's box or, on a page read whole, from the body (KanjiPhotoCreditLine).
        var kanjiCredits = KanjiPhotoCreditLine.Take(root ?? body);
        List<string> licensedCredits = [];
        string? gluedCredit = null;
        if (root is not null)
        {
            // Before the teaser paragraphs go: a credit line is mostly its links.
            licensedCredits = LicensedPictureCreditLine.Take(root);
            gluedCredit = GluedPhotoCreditAtTextEnd.Take(root);
            AppendedStoryBlock.Remove(root, title);
            HtmlFurniture.RemoveTeaserParagraphs(root);
            LinkOnlyParagraphBlock.Remove(root);
            ReadAlsoCitation.Remove(root);
            InlineReadAlsoCapsule.Remove(root);
            HouseAdUnderRule.Remove(root);
            HtmlFurniture.RemoveSummaryBullets(root);
            HeadedLinkBox.Remove(root);
            BylinedLinkedHeadingCard.Remove(root);
            // Another story's card set between the paragraphs as an article element, its headline a link there (TeaserCardInText).
            TeaserCardInText.Remove(root);
            RelatedHeadingOverCards.Remove(root);
            HeadedAppealBox.Remove(root);
            TrailingHeadingsInText.Remove(root);
            HtmlFurniture.RemoveStandfirst(root, facts.Descriptions);
            DescriptionOverDateLine.Remove(root, facts.Descriptions);
            SummaryFieldOverText.RemoveTeaser(root, facts.Descriptions);
            HtmlFurniture.RemoveVideoTeasers(root);
            LinkRowTable.Remove(root);
            TagRowLinkBox.Remove(root);
            LabelParagraphOverLinkRow.Remove(root);
            BareKeywordsHeading.Remove(root);
            FileSizeDownloadLink.Remove(root);
            IframeWidgetBox.Remove(root);
            AdLabelBox.Remove(root);
            TimestampBlock.Remove(root);
            FiguresTableElement.Remove(root);
            SeriesBoxUnderRule.Remove(root);

            // After the headed boxes: a box's one-link list goes with its heading ("Opinion" / one link) as one box.
            LoneLinkListItem.Remove(root);
            // "<p><strong>Werbung:</strong></p><ul><li><a>…</a></li>…</ul>": affiliate links under an ad label (AdLabelledLinkList),
            // before the lead-in rules keep a list under a line ending in a colon.
            AdLabelledLinkList.Remove(root);
            // "<div><div>Publisher may get a commission</div><a><img>Product</a><p>Pitch</p><button>Shop</button></div>" among
            // the paragraphs: a shopping box under its affiliate disclosure (CommissionDisclosedProductBox).
            CommissionDisclosedProductBox.Remove(root);
            // "</p><ul><li><a>…</a></li><li><a>…</a></li></ul><p>": a list of links set among the paragraphs (LinkListBetweenParagraphs).
            LinkListBetweenParagraphs.Remove(root);
            // "<div><h2>Chart title</h2><div data-chart></div><span>Note</span><div>Source: …</div><svg>": a drawn chart's box (SourcedChartBox).
            SourcedChartBox.Remove(root);
            // "Liked that? Try these:" over a list of links closing the text (ClosingLeadInLinkList).
            ClosingLeadInLinkList.Remove(root);
            AboutSiteBox.Remove(root, site);
            // The writer's card first: its name heading may carry the author property that AuthorBoxInText takes alone.
            WriterNameCardInText.Remove(root, authors);
            AuthorBoxInText.Remove(root);
            NewsletterNoteBox.Remove(root);
            WriterContactLinks.Remove(root);
            MailtoInitialsSignOff.Remove(root);
        }

        // A contents list jumps within the page, root or none: a short page read whole has one too.
        InPageJumpList.Remove(root ?? body);
        // A contents list with no links, each entry a crosshead further down, goes the same way (HeadingEchoContentsList).
        HeadingEchoContentsList.Remove(root ?? body);
        var articleLines = new PageLines(HtmlText.Lines(root ?? body));
        var unmarked = comments.Comments.Count == 0 && comments.DeclaredCount is null ? UnmarkedThread.Find(articleLines) : null;
        var article = ReadAsText(articleLines, unmarked?.ArticleEnd ?? articleLines.Count, root is null ? null : title ?? string.Empty);
        if (unmarked is { } thread)
        {
            comments = (thread.Comments, thread.DeclaredCount);
        }
        else if (listedCommentsShown && (comments.Comments.Count == 0 || JsonLdComments.AddsTimesToSameThread(comments.Comments, facts.ListedComments)))
        {
            comments = (facts.ListedComments, comments.DeclaredCount);
        }

        // "… wieder Stimmen zu hören." / "Lotte Brandmeier" / "Aus: Das Heidebuch. …" closing the story's box: the text's own
        // reading took the signature for its writer; the page as a whole, read with its footer under the text, could not.
        if (authors.Count == 0 && root is not null && article.SignedWriter is { } signedWriter)
        {
            authors = [signedWriter];
        }

        // "By <span class="author">National Desk</span>" over the text and "-- By Jane Roe" under it: the desk posted the
        // story, the sign-off names its writer (DeskBylineSignOff).
        if (authors.Count == 0 && root is not null && facts.SignedByDesk && article.SignOffWriters is { } signOff)
        {
            authors = signOff;
        }

        // "By: CNN Wire" over the text, "By Leigh Ann Caldwell" opening it: the text's own byline names the writer (DeskBylineInText).
        if (authors.Count == 0 && root is not null && facts.SignedByDesk && DeskBylineInText.Writers(root, Page().Authors) is { } textWriters)
        {
            authors = textWriters;
        }

        if (root is not null && feedPost is null && facts.Title is null && facts.PublishedAt is null
            && StoryDateUnderTitle.Instead(title, Page().Title, article.PublishedAt ?? DateLineBesideShownHeadline.Find(Page().Lines, title) ?? DateInDocumentTitle.ReadTime(document.Title)) is { } storyDate)
        {
            publishedAt = BoardTimeZone.Applied(document, storyDate);
        }

        // A template that prints no date by the story may write the day into the document title ("Headline - 07.12.2017 - Site").
        if (feedPost is null)
        {
            // "<time class="article-published-date">December 7, 2016 @ 3:53 PM</time>" with no datetime (ShownTimeElementText).
            publishedAt ??= ShownTimeElementText.Read(marked.Times, document, OtherStoryCard.ShownHeadline(marked.Headings, title));
            // "<span class="published_date">September 20, 2011, 6:37 PM EDT</span>" in a tool row: no time element (PublishedDateSpan).
            publishedAt ??= PublishedDateSpan.Read(document, OtherStoryCard.ShownHeadline(marked.Headings, title));
            // "<span>02.12.19</span><h1>Headline</h1>": a day alone right beside the headline, no class naming it (DateRowBesideHeadline).
            publishedAt ??= DateRowBesideHeadline.Read(OtherStoryCard.ShownHeadline(marked.Headings, title));
            publishedAt ??= DateInDocumentTitle.Read(document.Title);
            publishedAt ??= AuthorNotesBox.Time(notes);
            // "March 18 at 3:57 PM" shown, ".../2015/03/18/..." as the page's address: the address gives the year.
            publishedAt ??= YearFromDatedAddress.Read(PageAddress.Of(document), Page().Lines);
        }

        // "Add a comment" closing the text's box over an empty comment mount: the form's heading, no paragraph (TrailingCommentFormHeading).
        var bodyParagraphs = TrailingCommentFormHeading.Without(WireSlugLine.Without(SymbolOnlyParagraph.Without(CopyrightUnderText.Without(WithoutPublisherNote(WithoutPublisherNote(WithoutStandfirst(article.Body, facts.Descriptions), site), BlogNameBesidePaper(document, title, site))))));
        // "<div itemprop="articleBody"><h2>First section</h2><p>…</p>…<h2>Second section</h2>…": the text's first crosshead,
        // read with the header's lines, is put back before the paragraph it heads (OpeningCrosshead).
        bodyParagraphs = OpeningCrosshead.Restored(root, bodyParagraphs);
        // "<h4>Option two:</h4><p>…", "</ul><p>Costs:</p><ul>…": a report's colon crossheads and list lead-ins, dropped as empty
        // labels when read as lines, are put back before the blocks they head (ColonLeadInElement).
        bodyParagraphs = ColonLeadInElement.Restored(root, bodyParagraphs);
        // A video page read from its description's own box (DescriptionUnderHeadline): the one line is its whole text.
        if (bodyParagraphs.Count == 0 && DescriptionUnderHeadline.TextOf(root, facts.Descriptions) is { } clipDescription)
        {
            bodyParagraphs = [clipDescription];
        }

        // "Die Rechte … Jede Weiterverbreitung ist honorarpflichtig." closing the text: the publisher's small print (RedistributionNotice);
        // left with no text, a short item's one paragraph under the headline is its text (DescriptionLeadOnlyText).
        // "Alle Angaben ohne Gewähr." over a copyright notice: the small print under a market analysis, cut from there (NoWarrantySmallPrint).
        // "Datum: 22.12.2012, Rubrik: Europa" opening the text: the date line with its section, no paragraph (DateLineWithSectionLabel);
        // the headline typed again over the text with an accent or a dash of its own is none either (RespelledHeadlineOverText),
        // nor an analysis's "Name - WKN: … - ISIN: …" header (SecurityIdentifierLine).
        bodyParagraphs = DescriptionLeadOnlyText.Filled(RedistributionNotice.Without(NoWarrantySmallPrint.Without(SecurityIdentifierLine.Without(RespelledHeadlineOverText.Without(DateLineWithSectionLabel.Without(bodyParagraphs), title)))), document, facts.Descriptions);

        // "jane.roe" as the JSON-LD's person, "(Jane P. Roe)" closing the text: the account that posted the story is the writer
        // who signs it by name (DottedLoginSignedInText).
        if (authors is [var login] && DottedLoginSignedInText.SignedName(login, bodyParagraphs) is { } signedName)
        {
            authors = [signedName];
        }

        // The writer's card closing the text's box ("Name is a reporter for … Follow him on Twitter …"): the byline that names
        // the writer stands over the box, so the text's own reading saw no name to match it with.
        WriterBioCard.RemoveFrom(bodyParagraphs, authors);
        // "<span class="authors"><a>Name</a> , <a>Name</a></span>" closing the text's box repeats the co-writers' byline the
        // metadata named; the text's own reading knew no writers to match it with. One name alone under the text is the
        // writer signing off ("Bis bald" / "Eure" / "ANNA KELLER"), which the text keeps.
        if (authors.Count > 1)
        {
            BylineCardUnderText.RemoveFrom(bodyParagraphs, authors);
        }

        // "READ the full remarks:" left closing the text over an embedded document, once the writer's card under it is out:
        // a lead-in to nothing of the text (TrailingColonLeadIn).
        bodyParagraphs = TrailingColonLeadIn.Without(bodyParagraphs);
        // "Editor's note: The disclaimer below refers to advertising posts …" over the site's disclosure, which is out as
        // boilerplate: the note points to nothing of the text (NoteOnDisclaimerBelow).
        bodyParagraphs = NoteOnDisclaimerBelow.Without(bodyParagraphs);
        return HanziStaffLinesUnderText.Applied(new ParsedPage
        {
            Title = title,
            Authors = authors,
            PublishedAt = publishedAt,
            Site = site,
            Tags = tags,
            // "Dienstag | 8. Oktober 2019 | 09:40 VON Name IN Schmuck | 0 COMMENTS" under the headline, where no thread is shown.
            // A zero in the metadata beside a count the page shows for its plug-in's thread (ZeroMetadataCountBesideShownCount).
            DeclaredCommentCount = ZeroMetadataCountBesideShownCount.Declared(facts.DeclaredCommentCount, comments.DeclaredCount) ?? comments.DeclaredCount ?? mainPostReplies
                ?? (comments.Comments.Count == 0 && feedPost is null ? BylineRowCount.BesideHeadline(Page().Lines, title) ?? ThreadLinkCount.Find(Page().Lines) ?? facts.ButtonCommentCount
                    // "Von Name am 03.05.2013, 11:51 | 0 Meinungen | Category": the post's closing row (CountCellInBylineRow).
                    ?? CountCellInBylineRow.Find(Page().Lines)
                    // "225 points by handle 2023-07-21T18:04:01 | hide | past | favorite | 100 comments" over a thread whose box
                    // states no count: the row beside the headline does, shown thread or not (a widening of BylineRowCount's
                    // reading, "thread-shown byline row"). Asked only of a page already read as shown, so a page whose metadata
                    // answered everything is not read again for it.
                    : shownPage is not null && feedPost is null ? BylineRowCount.BesideHeadline(shownPage.Lines, title) : null),
            BodyParagraphs = bodyParagraphs,
            // A caption that prints the headline again names the story, no picture (HeadlineAsCaption).
            Captions = HeadlineAsCaption.Without([.. captions, .. article.Captions.Where(caption => !captions.Contains(caption)), .. licensedCredits.Where(credit => !captions.Contains(credit)), .. kanjiCredits.Where(credit => !captions.Contains(credit)),
                .. gluedCredit is null || captions.Contains(gluedCredit) ? [] : new[] { gluedCredit }], title),
            Comments = comments.Comments,
        }, () => Page().Lines);
    }

    /// <summary>
    /// A page too large for a DOM still names title, authors, time, site and tags in its head, which is small: those are
    /// read from a DOM of the head alone (with the body's JSON-LD scripts), as on any page; the text read from the stripped
    /// page answers what they leave open.
    /// </summary>
    private static ParsedPage WithHeadMetadata(string html, ParsedPage shown)
    {
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (bodyStart <= 0 || bodyStart > MaxDomLength
            || HtmlShape.Of(html[..bodyStart]) is var head && (head.ReadableLength > MaxHeadLength || head.Tags > MaxDomTags))
        {
            return shown;
        }

        using var document = (threadParser ??= new HtmlParser(ParserOptions)).ParseDocument(html[..bodyStart] + BodyJsonLd.Scripts(html, bodyStart));
        var facts = JsonLdReader.Read(document);
        HtmlMetaReader.Read(document, MarkedElements.Of(document), facts);
        var title = facts.Title is { } metadataTitle && shown.Title is { } shownTitle ? FullerShown(metadataTitle, shownTitle) ?? metadataTitle : facts.Title ?? shown.Title;
        var site = facts.Site ?? SiteFromTitle(document, title);
        return shown with
        {
            Title = title,
            Authors = facts.Authors.Count > 0 ? facts.Authors : shown.Authors,
            PublishedAt = facts.PublishedAt is { Length: > 10 } known
                ? known.EndsWith("+00:00", StringComparison.Ordinal) ? ShownInstant.Prefer(known, shown.PublishedAt) : known
                : shown.PublishedAt ?? facts.PublishedAt,
            // "The Harbor Courier - Print" from the document title, "The Harbor Courier" shown: the shown name, whole.
            Site = shown.Site is { } shownSite && site is not null
                && (site.Contains(shownSite, StringComparison.Ordinal) || shownSite.Contains(site, StringComparison.Ordinal)) ? shownSite : site ?? shown.Site,
            Tags = facts.Tags.Count > 0 && !(facts.TagsFromKeywordsMeta && shown.Tags.Count > 0) ? facts.Tags : shown.Tags,
            DeclaredCommentCount = shown.DeclaredCommentCount ?? facts.DeclaredCommentCount,
        };
    }

    /// <summary>
    /// "Snow on the sensors stopped the pilot fleet for nine days in February" under the headline, repeated in
    /// og:description: the standfirst, not the text. A first paragraph that the description repeats and that ends like a
    /// sentence is the text's opening, which sites often reuse as their summary.
    /// </summary>
    private static List<string> WithoutStandfirst(List<string> body, List<string> descriptions) =>
        body.Count > 1 && descriptions.Contains(body[0]) && !Words.EndsSentence(body[0]) ? body[1..] : body;

    /// <summary>
    /// "The Canyon Current is a member of the Institute for Nonprofit News.": the publication describing itself under the
    /// text (a nonprofit newsroom's note) is no paragraph of the story, as the writer's biography is none.
    /// </summary>
    private static List<string> WithoutPublisherNote(List<string> body, string? site)
    {
        if (site is null || body.Count < 3)
        {
            return body;
        }

        var last = body[^1];
        var opensWithSite = last.Length < 300 && last.StartsWith(site + " ", StringComparison.Ordinal) && Words.EndsSentence(last);
        return opensWithSite && last.AsSpan(site.Length + 1) is var rest && (rest.StartsWith("is ") || rest.StartsWith("was ")) ? body[..^1] : body;
    }

    /// <summary>
    /// The blog's own name in the document title ("Editorial Notebook: Headline") when the site is the paper that hosts it:
    /// the blog describes itself under the text ("Editorial Notebook is written by members of the … board.") as a
    /// publication does, so its note is no paragraph either.
    /// </summary>
    private static string? BlogNameBesidePaper(IDocument document, string? title, string? site) =>
        site is not null && SiteFromTitle(document, title) is { } blog && blog != site ? blog : null;

    private static TextArticleReader ReadAsText(IElement element, string? knownTitle, Func<IElement, bool>? skip = null)
    {
        // "By" in an element of its own over the writer's name: one byline, as on a text page (ByLabelOverNameLine).
        var lines = new PageLines(ByLabelOverNameLine.Join(HtmlText.Lines(element, skip)));
        return ReadAsText(lines, lines.Count, knownTitle);
    }

    private static TextArticleReader ReadAsText(PageLines lines, int end, string? knownTitle)
    {
        var reader = new TextArticleReader(lines, end, knownTitle) { ReadsHtml = true };
        reader.Read();
        return reader;
    }

    /// <summary>A part of the document title ("Site - Headline") that the page also shows on a line of its own.</summary>
    private static string? TitleFromDocumentTitle(IDocument document, PageLines lines)
    {
        var full = Whitespace.Collapse(document.Title);
        var parts = DocumentTitleParts.Of(full);
        // "欲張りなイヌ": an unspaced Japanese or Chinese headline counts its words as IdeographicWords counts them.
        return parts.Where(part => IdeographicWords.CountUpTo(part, 3) >= 3).OrderByDescending(part => part.Length).FirstOrDefault(IsShown)
            ?? parts.Select(HeadlineAfterKicker).FirstOrDefault(headline => headline is not null && Words.Count(headline) >= 3 && IsShown(headline))
            ?? (full.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && full[(colon + 2)..] is var afterBlogName && IsShown(afterBlogName) ? afterBlogName : null)
            ?? HeadlineBeforeTitleDate.Find(full, IsShown)
            ?? UnderscoreJoinedTitleParts.Headline(full, IsShown);

        // "Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort - BLICKPUNKT ONLINE": the kicker, a colon and the headline,
        // then the site; the page prints the kicker apart ("Syrien-Resolution" over or glued to the headline).
        static string? HeadlineAfterKicker(string part) =>
            part.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && Words.Count(part.AsSpan(0, colon)) <= 4 ? part[(colon + 2)..] : null;

        // "Statehouse Notebook: Senate panel guts …": TypePad and classic Blogger lead the title with the blog's name and a colon.
        // "Wireless Networking: City-Run Wi-Fi …": a community news site shows the headline after its topic.
        bool IsShown(string part) => lines.FindIndex(line => string.Equals(line.Text, part, StringComparison.Ordinal)
            || (line.Text.Length > part.Length + 2 && line.Text.EndsWith(part, StringComparison.Ordinal) && line.Text.AsSpan(0, line.Text.Length - part.Length) is var before
                && (before.EndsWith(": ") || full.StartsWith(string.Concat(before.TrimEnd(), ": "), StringComparison.Ordinal)))) >= 0;
    }

    /// <summary>
    /// The page's own headline when the metadata's is a shortened form of it: "Grandmother, 81, who swam Windermere told
    /// to pay £400 for safety boat" in og:title, the full sentence in the h1 (tabloids write short titles for sharing).
    /// </summary>
    private static string FullerHeadline(IDocument document, List<IElement> headings, string title, IReadOnlyList<string> authors, string? site, IReadOnlyList<string> descriptions)
    {
        // The page's h1 elements, found before the captions went: a heading inside a removed caption no longer counts.
        var shownVerbatim = false;
        foreach (var heading in headings.Where(heading => HtmlContentRoot.IsInDocument(heading, document)))
        {
            // "<h1>Headline <span class="label">Subscribers</span></h1>": the access badge closing it is no word of it (AccessBadgeInHeadline).
            var shown = AccessBadgeInHeadline.ShownText(heading);
            // "<h1><span>KICKER</span><span itemprop="headline">Headline</span><span class="hide">.</span></h1>": the marked headline (MarkedHeadlineInHeading).
            // "<h1><strong>Headline.</strong><br> Subtitle.</h1>", the subtitle the description's words: a standfirst (DescriptionAfterBreakInHeading).
            // "<h1><span class="roofline">Na so was!</span>Headline</h1>": a kicker span opening the heading (KickerSpanOpeningHeading).
            if (PipedSectionInHeading.Holds(heading, shown, title) || MarkedHeadlineInHeading.Holds(heading, shown, title) || DescriptionAfterBreakInHeading.Holds(heading, shown, title, descriptions)
                || KickerSpanOpeningHeading.Holds(heading, shown, title))
            {
                return title;
            }

            // "INTERNATIONAL DEBT RECOVERY" over "International Debt Recovery | Firm": the title's part in its own spelling (CapitalsHeadlineOfSuffixedTitle).
            if (CapitalsHeadlineOfSuffixedTitle.Headline(title, shown) is { } spelled)
            {
                return spelled;
            }

            if (FullerShown(title, shown) is not null || SiteNamedShareTitle.Frames(title, shown, site) || (!shownVerbatim && HeadlineOverByline.Is(heading, title, authors))
                || RespelledShareTitle.Is(title, shown) || ArticlePrefixedShareTitle.Is(title, shown) || SubtitleJoinedShareTitle.Is(heading, title, shown) || FullStopShareTitle.Is(title, shown) || RewrittenShareTitle.Is(document.Title, heading, shown, title) || NamePrefixedShareTitle.Name(heading, title, shown) is not null
                // og:title, <title> and the h1 all differ: the h1 in the main box is the shown headline (ThreeTitlesShownHeadline).
                || ThreeTitlesShownHeadline.Is(document.Title, heading, shown, title)
                // og:title printed again as a crosshead under the h1: a section's heading shared, not the headline (CrossheadShareTitle).
                || CrossheadShareTitle.Is(document, heading, shown, title)
                // "Headline • Writer" in og:title, the headline alone in <title> and the h1 (SuffixedShareTitleOfBareTitle).
                || SuffixedShareTitleOfBareTitle.Is(document.Title, title, shown)
                // "Knieschoner - Beispiel Sport GmbH" over the h1 "Knieschoner": a one-word headline before the site's name (ShortHeadlineBeforeSiteName).
                || ShortHeadlineBeforeSiteName.Is(title, shown, site))
            {
                return shown;
            }

            shownVerbatim |= HeadlineShownVerbatim.Is(title, shown);
        }

        // "Island Ferries | Harbour Ferry Company" with no heading showing the headline: the site's name after the bar goes (SiteSuffixedShareTitle).
        // A small blog's sharing title that is its own name, over a post whose headline is the main box's titled h2 (SiteNameShareTitle).
        return SecondLevelHeadline.Fuller(document, HeadlineWords.Of(title), title) ?? ArticleHeaderHeadline.Shown(document, title)
            ?? SiteSuffixedShareTitle.Headline(title, site)
            ?? SiteNameShareTitle.Headline(document, title, site) ?? title;
    }

    /// <summary>The headline the page shows when the metadata's is a site-suffixed, kicker-led or shortened form of it; else null.</summary>
    private static string? FullerShown(string title, string shown) =>
        IsSiteSuffixed(title, shown) || IsKickerPrefixed(title, shown)
        || (shown.Length > title.Length && shown.Length <= 300 && HeadlineWords.MostShown(HeadlineWords.Of(title), shown))
            ? shown
            : null;

    /// <summary>
    /// "Water rates to rise … | The Valley Register" in og:title, the headline alone in the h1; a German WordPress theme
    /// parts the site with a single guillemet ("… › Kurier"); a Japanese one with the full-width bar, spaced or not
    /// ("… ｜ ガジェット通信", DocumentTitleParts).
    /// </summary>
    private static bool IsSiteSuffixed(string title, string shown) =>
        shown.Length >= 20 && title.Length > shown.Length + 3 && DashSpellingPrefix.StartsWith(title, shown)
        && ((title.AsSpan(shown.Length).TrimStart() is [var mark, var next, ..] && ((TitleSeparator.IsMark(mark) && next == ' ') || mark == '｜'))
            || DoubleDashSiteSuffix.Opens(title.AsSpan(shown.Length)));

    /// <summary>
    /// "Lugano, chiude lo storico cinema …" in og:title, "Chiude lo storico cinema …" in the h1 under its kicker "Lugano":
    /// the sharing title leads with the place or topic the page prints apart; "【シリーズ名】見出し" with a Japanese series'
    /// name in lenticular brackets (BracketLabelKicker).
    /// </summary>
    private static bool IsKickerPrefixed(string title, string shown)
    {
        if (shown.Length < 20 || title.Length <= shown.Length + 2 || !title.EndsWith(shown, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var kicker = title.AsSpan(0, title.Length - shown.Length).TrimEnd();
        return (kicker is [.., ',' or ':' or '-' or '–' or '—' or '|'] && Words.Count(kicker) <= 4) || BracketLabelKicker.Is(kicker);
    }

    /// <summary>The metadata's time unless the page shows the same day with the time of day.</summary>
    private static string? MorePrecise(string? metadata, string? shown) =>
        metadata is { Length: 10 } && shown is not null && shown.StartsWith(metadata, StringComparison.Ordinal) ? shown : metadata ?? shown;

    /// <summary>"Grain elevator fire … :: Tri-County Chronicle": the part of the document title that is not the headline.</summary>
    private static string? SiteFromTitle(IDocument document, string? title)
    {
        // "見出し　＜サイト名＞": the brackets close the site's part, no part of its name (AngleBracketedTitleTail).
        var full = AngleBracketedTitleTail.Parted(Whitespace.Collapse(document.Title));
        if (title is null || full.Length <= title.Length || !full.Contains(title, StringComparison.Ordinal))
        {
            // "Reworded headline | Site" beside the shown one (RewordedHeadlineBesideSite) is asked last.
            return title is null ? null : ShortenedTitleLine.SiteBeside(full, title) ?? SiteBesideHeadingInTitle.Site(document, full) ?? RewordedHeadlineBesideSite.Site(full, title)
                ?? ArticleHeaderHeadline.SiteBesideHeaderH1(document, full, title);
        }

        // The full-width bar and hyphen (FullWidthDashTitleBar) part a Japanese title from its site as the Latin ones do; the
        // shown headline's missing stop (FullStopShareTitle) is no part of the site. WordPress themes of its first years part
        // the site with the single guillemet "&lsaquo;" ("Headline ‹ Site"), its mirror "›" as often (SingleGuillemetTitleSeparator).
        var rest = FullStopShareTitle.WithoutLeadingStop(full.Replace(title, string.Empty, StringComparison.Ordinal)).Trim(TitleSeparator.AroundSite);
        // "Macon Valley Ledger | 03/11/2004 | Late freeze …": a 2004 chain's title gives the story's date beside the paper.
        if (rest.LastIndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar && DateLineParser.TryParseLine(rest.AsSpan(bar + 3), out _))
        {
            rest = rest[..bar].TrimEnd();
        }

        // "Sommerfest - 14 Juli 2011 - Blog - Site name": a blog builder's title gives the day and the module between the two.
        if (HeadlineBeforeTitleDate.SiteAfterDate(rest) is { } named)
        {
            rest = named;
        }

        // "Headline_Channel_Site": a Chinese CMS joins the parts with underscores, the site last, after the keywords
        // some write between ("Headline|kw|kw_Site").
        if (UnderscoreJoinedTitleParts.Site(KeywordsInDocumentTitle.Without(document, rest)) is { } joined)
        {
            return joined;
        }

        if (NetworkBlogsInTitle.Network(rest) is { } network)
        {
            return network;
        }

        rest = PageNameInTitle.SiteOf(document, rest);
        // "Headline · Best of · Site": the section's kicker between the headline and the site (SectionBeforeSiteInTitle).
        rest = SectionBeforeSiteInTitle.Site(document, rest) ?? rest;
        // "写真1枚　国際ニュース：Site": the picture count and the section's label before the logo's name (LogoNamedTitleTail).
        rest = LogoNamedTitleTail.Site(document, rest) ?? rest;
        // "River News (River Broadcasting Corporation)" under a logo that reads "River News": the owner in parentheses is no part of the site.
        rest = OwnerAfterLogoNameInTitle.Site(document, rest) ?? rest;
        // "Site.de - Ihr unabhängiges Portal" beside the publisher meta "site.de": the slogan is no part of the site (PublisherBeforeSloganInTitle).
        rest = PublisherBeforeSloganInTitle.Site(document, rest) ?? rest;
        // "Blog - Headline" over a trail "Home / Blog / Headline": the rest is the section's crumb, no site (BreadcrumbSectionInTitle).
        // "Headline (CVL, PHW, TLF)": the story's stock symbols after the headline, no site (TickerListInTitle).
        return rest.Length is > 0 and <= 60 && !BreadcrumbSectionInTitle.Is(document, rest) && !TickerListInTitle.Is(rest) ? rest : null;
    }
}
