using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// What an HTML page prints around and inside its article that is no part of the text: navigation, share and sign-up
/// boxes, teasers, summary bullets and the standfirst, removed from the document before the text is read.
/// </summary>
internal static class HtmlFurniture
{
    /// <summary>Words in class names and ids that mark furniture; whole words, since "node-promoted" is an article.</summary>
    private static readonly WordSet NoiseWords = new(
    [
        "share", "sharing", "sharedaddy", "social", "related", "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
        "promo", "cookie", "cookies", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal", "comment", "comments", "disqus", "respond",
        "recommended", "recommendations", "sponsor", "sponsored", "outbrain", "taboola", "piano", "signup", "paywall", "navigation", "nav", "menu",
        // German templates' short form: "navi_top", "subnavi".
        "navi",
        "byline", "meta", "postmetadata", "tags", "tag", "bio", "caption", "credit", "partage", "teilen", "compartir", "reactions", "cta",
        "tweet", "instagram", "tiktok", "slideshow", "trending", "notes",
        // British newsrooms call a promotion box a puff: "hyperpuff" links in a broadcaster's story, "mpu_puff" ads in a tabloid's.
        "puff", "hyperpuff",
        // An investing site's sales pitch inside the text ("div#pitch": "1 great stock to buy …" / "… simply click here."),
        // a house advertisement for its paid report after the last paragraph (PitchBox).
        "pitch",
        // American newsrooms call it a tout: "div.terminal-tout" ("Before it's here, it's on the Terminal. LEARN MORE")
        // closing the text, a house advertisement for the publisher's other product (ToutBox).
        "tout",
        // A network's follow widget over its topic buttons ("div.add_interest": "Add Interest: John Kerry Iran …"), read
        // for the tags before the noise goes.
        "interest",
        // A pull quote repeats words of the text in large type ("blockquote.pullquote", "blockquote.graf--pullquote"):
        // a reader reads them once.
        "pullquote",
        // Jetpack's "Related" box inside a WordPress post's text ("div#jp-relatedposts"): other posts' titles, dates and
        // "In "Congress"" lines under the last paragraph.
        "relatedposts",
        // A long read's numbered notes under the text ("div.footnotes": "Notes" / "↩ OpenRecord obtained the complaint files
        // …"): sources, no paragraphs of the story; the marks in the text ("footnote-ref") stay.
        "footnotes",
        // A nonprofit's appeal box inside the text ("div.donate-box": "Like this story?" / "Your gift helps us …").
        "donate",
        // A public station's or nonprofit's appeal under the text ("div.support-box": "WAPR's reporting is made possible
        // by listeners like you. Support local journalism today.").
        "support",
        // What a site hides on paper ("@media print { .noprint { display: none } }") is its furniture, not the story: the
        // "Printer friendly | More local news" links and the boxes of headlines, forecasts and ads beside the text.
        "noprint",
        // A story's tool row over the picture ("div.asset-tools", "div.article-tools": "Print Email Font Size: Facebook
        // Twitter 5 comments"): buttons, no paragraph.
        "tools",
        // A list-style story's share row under the text ("section.foot_shares": "Tweet", "More") and its mates
        // ("tile_shares", "page_shares"): buttons, no paragraph.
        "shares",
        // A readers' vote on the story under the text (Drupal's "div.field-votes" with its "Bewertung" label over the
        // stars, "div.votingapi-widgets", "div.fivestar"): a form and its tally, no paragraph.
        "votes", "voting", "votingapi", "fivestar",
        // WordPress's tag cloud ("div.tagcloud": "<a rel="tag">Actualité</a> <a rel="tag">Torrent</a>"), under a post's
        // text as in the sidebar's widget: links read for the tags before the noise goes, no paragraph and no
        // signature ("Actualité Torrent" read as a writer's name under the text).
        "tagcloud",
        // A page builder's slider under the text ("div.elementor-slides" of "div.slick-slide" items, each a background
        // picture and its short label: "Full Profile", "Tip Profile"): labels of pictures the text cannot show, no
        // paragraphs, as a slideshow's box is none.
        "slides",
        // A sign-in or sign-out dialog kept in the saved page ("div.abo-login.abo-login--overlay" in a "div.remodal":
        // "Sie haben sich erfolgreich abgemeldet! …" / "Sind Sie sich sicher, dass Sie sich abmelden möchten?" over its
        // buttons): an account's prompt, which a paywalled page's text, read as nothing, must not leave as its body.
        "login", "logout",
        // A Japanese network's share box under the text ("div#snsSharebox.snsSharebox" > "div.sharebox_btn": "この記事が
        // 気に入ったら / Site に「いいね！」しよう" over the like and follow buttons): a call to like the site, no paragraph.
        "sharebox",
        // A shopping site's product box inside the text ("div.inner-buy-box": "Push" / the product's name / "660円" / a buy
        // button): an advertisement for the product the story names, no paragraph.
        "buy",
        // A story's neighbours under its text ("div.next-prev" holding "div.next" and "div.prev": "- Next Auto News" /
        // the next story's headline, excerpt, writer and time, then "Previous Auto News -" and its own): links to other
        // stories, no paragraph (PreviousStoryBox). "next" alone also names a page's own "read next" slot, so only
        // "prev" (and its long form) marks the box.
        "prev", "previous",
        // A tag row styled as a box ("div.tagbox": "Tags:" / "2020 nissan sentra" links), read for the tags before the
        // noise goes, as "tagcloud" is: no paragraph (TagBoxClass).
        "tagbox",
        // The Theia Sticky Sidebar plug-in's wrapper, which a theme writes on its sidebar column ("div#mvp-side-wrap.left.
        // relative.theiaStickySidebar" holding the "Latest" / "Popular" tabs of headlines and "3 weeks ago" badges): the
        // plug-in's one camel-cased class is the only word that names the column a sidebar. A content root inside it
        // stays, as for any furniture word.
        "theiaStickySidebar",
    ]);

    /// <summary>Whether one part of a class name is a furniture word.</summary>
    public static bool IsNoiseWord(ReadOnlySpan<char> part) => NoiseWords.Contains(part);

    /// <summary>Class words of the summary under a headline: "fig-chapo", "c-content-head__subtitle", "articulo-sommario".</summary>
    private static readonly WordSet StandfirstClass = new(
    [
        "standfirst", "chapo", "chapeau", "chapô", "dek", "deck", "subtitle", "subheadline", "summary", "excerpt", "intro", "subtitulo",
        "entradilla", "bajada", "sottotitolo", "sommario",
        // AbstractStandfirst: a review's one-line verdict over the text ("<div class="review-detail__abstract"><p>…</p></div>"),
        // which the description metas repeat: the summary, named as a paper's abstract is.
        "abstract",
    ]);

    /// <summary>Whether a class names the summary under a headline ("entry-dek", "fig-chapo").</summary>
    public static bool IsStandfirstClass(string? className) => StandfirstClass.ContainsNamePart(className) || GluedSubtitleClass.Names(className);

    public static void RemoveNoise(IDocument document, IElement?[] rootCandidates)
    {
        // The story's own header goes with the landmarks, and with it the headline that marks the main column (HeaderLandmarkHeadline).
        var headedColumns = HeaderLandmarkHeadline.MainColumns(document);
        foreach (var element in DocumentOrder.Elements(document.DocumentElement).Where(element => IsLandmarkFurniture(element) && !ArticleInAside.Is(element, rootCandidates)).ToList())
        {
            element.Remove();
        }

        RemoveSignUpBoxes(document, rootCandidates);
        // A paid tier's pitch between the paragraphs, over its "Start 30-day free trial" button (FreeTrialPitchBox).
        FreeTrialPitchBox.Remove(document, rootCandidates);
        // Before the label's own box goes as noise: it marks the advertiser's entry it closes.
        SponsoredEntryLabel.Remove(document);
        LikeButtonCounts.Remove(document);

        CommentFormBox.Remove(document, rootCandidates);
        JumpLinkRow.Remove(document);
        // "(Jetzt kommentieren)" beside the date line, jumping to the page's comment section (CommentJumpLink).
        CommentJumpLink.Remove(document);
        // The next page's teaser and the pager row of a story split over pages (NextPageLinkBlock).
        NextPageLinkBlock.Remove(document);
        // A serial's contents list linking the part the reader is on to the page itself (SeriesContentsList).
        SeriesContentsList.Remove(document);
        LinkRunBetweenBlocks.Remove(document);
        // "かな ←→ English": links joined by arrows on a line of their own switch between versions of the page (ArrowJoinedLinkRow).
        ArrowJoinedLinkRow.Remove(document);
        // A box between the paragraphs labelled "More" over links to more coverage (MoreLabelLinkBox).
        MoreLabelLinkBox.Remove(document);
        // A pull quote set as an aligned <q> filling its own paragraph (AlignedPullQuote).
        AlignedPullQuote.Remove(document);
        // A quote box repeating a quotation of a paragraph beside it, its punctuation changed (RepeatedPullQuoteBox).
        RepeatedPullQuoteBox.Remove(document);
        // The writer's archive link first: the meta rows hold the byline's link it is known by.
        WriterArchiveLink.Remove(document);
        EntryMetaRow.Remove(document);
        // An agency's name in a source-classed box closing the article (SourceBoxClosingArticle).
        SourceBoxClosingArticle.Remove(document);
        // A labelled categories list under the text, read for the tags (CategoriesLabelOverArticleList).
        CategoriesLabelOverArticleList.Remove(document);

        // Search and sign-up forms are small; ASP.NET wraps the whole page in one, a short story's page too (WholePageForm).
        foreach (var form in document.SelectAll("form").Where(form => NodeText.IsShorterThan(form, 1000) && !WholePageForm.Is(form, rootCandidates)).ToList())
        {
            form.Remove();
        }

        // A media player's controls ("Play", "0:00", "2:14") sit beside its <video> in the player's own box.
        foreach (var media in document.SelectAll("video, audio").ToList())
        {
            var player = media.Nearest("[class*='player']");
            (player is not null && NodeText.IsShorterThan(player, 500) ? player : media).Remove();
        }

        ScriptedPlayerBox.Remove(document, rootCandidates);
        // "<div class="videoPlayer"><script>…</script></div> <sup>Clip title</sup>": the embedded clip's title (ClipTitleUnderPlayerBox).
        ClipTitleUnderPlayerBox.Remove(document);

        // A content root whose class happens to hold a furniture word ("article-text heading-tag-switch") stays, and so
        // does what holds it.
        var kept = new HashSet<IElement>();
        foreach (var candidate in rootCandidates)
        {
            for (var element = candidate; element is not null && kept.Add(element); element = element.ParentElement)
            {
            }
        }

        LayoutClassMainColumn.AddTo(kept, document);
        kept.UnionWith(headedColumns);
        foreach (var element in DocumentOrder.Elements(document.DocumentElement).Where(element => !kept.Contains(element) && IsNoise(element)).ToList())
        {
            RelatedTitleBox.Around(element, kept).Remove();
        }
    }

    /// <summary>
    /// A newsletter box in the text whose hashed classes say nothing ("css-nl5", "sc-nl0") still asks for an e-mail
    /// address: the small block around that field, its name and pitch included, is the box.
    /// </summary>
    private static void RemoveSignUpBoxes(IDocument document, IElement?[] rootCandidates)
    {
        foreach (var field in document.SelectAll("input[type='email']").ToList())
        {
            var box = field.ParentElement;
            if (box?.LocalName == "form")
            {
                box = box.ParentElement;
            }

            if (box is not null && box.LocalName is not ("body" or "main" or "article") && !rootCandidates.Contains(box) && NodeText.IsShorterThan(box, 400))
            {
                box.Remove();
            }
        }
    }

    /// <summary>
    /// A content root that holds the headline may also hold the summary bullets under it (a tabloid's
    /// <c>ul.mol-bullets-with-font</c>): a list before the first paragraph is the summary, not the text.
    /// </summary>
    public static void RemoveSummaryBullets(IElement root)
    {
        if (root.SelectFirst("h1") is null)
        {
            SummaryListOverByline.Remove(root);
            return;
        }

        var lists = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element.LocalName == "p" && ShownLength.Of(element.TextContent) > 80)
            {
                break;
            }

            if (element.LocalName is "ul" or "ol")
            {
                lists.Add(element);
            }
        }

        foreach (var list in lists)
        {
            list.Remove();
        }
    }

    /// <summary>
    /// "&lt;p class="fig-chapo"&gt;", "&lt;h2 class="c-content-head__subtitle"&gt;": the summary a class names as such, above the
    /// first paragraph of the text, is the standfirst, even when it ends like a sentence. Further down such a class may
    /// name a crosshead, which is text. A short one the description meta repeats goes even where it opens the text's
    /// container (ShortIntroRepeatingDescription).
    /// </summary>
    public static void RemoveStandfirst(IElement root, IReadOnlyList<string> descriptions)
    {
        var standfirsts = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element == root || standfirsts.Any(standfirst => standfirst.Contains(element)))
            {
                continue;
            }

            if ((IsStandfirstClass(element.ClassName) && ShownLength.Of(element.TextContent) < 600 && (!TextOpeningLead.Opens(element) || SummaryFieldOverText.IsExcerpt(element) || ShortIntroRepeatingDescription.Is(element, descriptions)))
                // "<span class="posttitle" itemprop="description">…</span>" repeating og:description (MicrodataDescriptionStandfirst).
                || MicrodataDescriptionStandfirst.Is(element, descriptions)
                // "<p class="article-detail-lead">" repeating og:description after the headline, not opening the text's run (LeadNamedDescription).
                || (LeadNamedDescription.Is(element, descriptions) && ShownLength.Of(element.TextContent) < 600 && !TextOpeningLead.Opens(element)))
            {
                standfirsts.Add(element);
            }
            else if (element.LocalName == "p" && ShownLength.Of(element.TextContent) > 80)
            {
                break;
            }
        }

        // "<div class="intro">An anonymous reader writes …</div>" over two short paragraphs: on a community news site the
        // summary is the story, and a standfirst is always far shorter than the text it stands over.
        if (standfirsts.Sum(standfirst => standfirst.TextContent.Length) * 2 > root.TextContent.Length)
        {
            return;
        }

        foreach (var standfirst in standfirsts)
        {
            standfirst.Remove();
        }
    }

    /// <summary>
    /// "READ: What closes in a shutdown", "Opinion: Why shutdowns never work", "» LIRE AUSSI - Grève à la SNCF": a paragraph
    /// that is only a link, after at most a short label, points to another story.
    /// </summary>
    public static void RemoveTeaserParagraphs(IElement root)
    {
        HashSet<IElement>? shopCredits = null;
        List<IElement>? emptiedBoxes = null;
        Dictionary<IElement, int>? runsUnder = null;
        foreach (var paragraph in root.SelectAll("p").ToList())
        {
            var links = paragraph.SelectAll("a");
            // "<p><a href="mailto:temoignages@…">temoignages@…</a></p>": an address to write to is no teaser; the text
            // rules judge it (a writer's contact line, or the address the paragraph above announces).
            // "… Tragt euch hier ein:" / "<p><a>http://liste.example/…</a></p>": the address the paragraph above announces.
            // "<p><a href="https://twitter.com/intent/tweet?…&text=…">A sentence of the text.</a></p>": the writer's sentence
            // set to be tweeted, no link to another story (TweetableSentenceLink).
            // "<p><a href="https://www.shutterstock.com/…">Shutterstock</a></p>": the picture's credit (CreditLinkParagraph).
            if (links.Length == 0 || links.All(EmailAddressLink.Is) || AnnouncedAddressParagraph.Is(paragraph, links) || links.All(TweetableSentenceLink.Is)
                || (links.Length == 1 && CreditLinkParagraph.Is(paragraph, links[0])))
            {
                continue;
            }

            var text = BracketedTeaserLink.Unwrapped(Whitespace.Collapse(paragraph.TextContent));
            var linkText = BracketedTeaserLink.Unwrapped(Whitespace.Collapse(string.Join(' ', links.Select(link => link.TextContent))));
            var label = text.EndsWith(linkText, StringComparison.Ordinal) ? text[..^linkText.Length].TrimEnd() : null;
            // "以上、下記URLからの要約" over the source's address: a note crediting the text's source (SourceNoteAddress).
            if (linkText.Length > 0 && (label == string.Empty || (label is not null && (IsTeaserLabel(label) || SourceNoteAddress.Is(label, links))))
                && !(label is { Length: > 0 } && (shopCredits ??= ShopLinkCreditLines.In(root)).Contains(paragraph))
                // "<strong>Product:</strong> <a>…</a>" beside "<strong>Price:</strong> $31": a review's fact sheet row (LabelledFactRowLink).
                && !(label is { Length: > 0 } && LabelledFactRowLink.Is(paragraph)))
            {
                if (paragraph.ParentElement is { } box)
                {
                    (emptiedBoxes ??= []).Add(box);
                }

                // "More features from our series:" over the links: the line that announced them (ColonLeadInOverTeaserRun).
                ColonLeadInOverTeaserRun.Note(paragraph, ref runsUnder);
                paragraph.Remove();
            }
        }

        ColonLeadInOverTeaserRun.Remove(runsUnder);

        if (emptiedBoxes is not null)
        {
            TeaserBoxLabel.RemoveLeftOver(root, emptiedBoxes);
        }
    }

    /// <summary>"READ:", "» LIRE AUSSI -", "Mehr zum Thema:": a short label that ends in a colon or a dash.</summary>
    internal static bool IsTeaserLabel(string label) => (label.Length > 0 && label[^1] is ':' or '-' or '–' or '—' && Words.Count(label.AsSpan().Trim("»›> :-–—")) <= 3)
        // "<p>• <strong><a>Other headline</a></strong></p>": a bullet before the lone link (BulletTeaserLabel).
        || BulletTeaserLabel.Is(label);

    /// <summary>
    /// "&lt;div class="DetailedVideo"&gt;&lt;p&gt;Inside Story: …&lt;/p&gt;&lt;p&gt;24:52&lt;/p&gt;&lt;/div&gt;", "knnVideoTease": a video's title and
    /// length in a small box of the text, whose player the saved page lost. Only inside the root, once it is found: the box
    /// may be what kept the text's div from reading as a run of bare paragraphs beside the summary. A box with a caption
    /// stays for the caption rules.
    /// </summary>
    public static void RemoveVideoTeasers(IElement root)
    {
        foreach (var box in root.SelectAll("div[class]").Where(box => box.ClassName!.Contains("video", StringComparison.OrdinalIgnoreCase) && IsVideoTeaser(box)).ToList())
        {
            box.Remove();
        }
    }

    private static bool IsVideoTeaser(IElement box) =>
        (NodeText.IsShorterThan(box, 300) || PlayerTeaserCard.Is(box)) && box.SelectFirst("figcaption, [class*='caption' i]") is null && box.SelectFirst("h1") is null
        && box.ParentElement is { LocalName: not ("body" or "html") } && !NumberedListItemBox.Is(box);

    /// <summary>nav, aside, footer, header, [role='navigation'], [role='complementary']: read in one walk, where a selector list walked the page per part.</summary>
    private static bool IsLandmarkFurniture(IElement element) =>
        element.LocalName is "nav" or "aside" or "footer" or "header" || element.GetAttribute("role") is "navigation" or "complementary";

    /// <summary>
    /// A furniture word in the class, but for a list item's "no_caption" beside its picture (NoCaptionClassBox), a
    /// WordPress post's terms in its box's class ("tag-social-media", WordPressPostTermClasses) and a negated word
    /// ("non-paywall", NegatedClassNames).
    /// </summary>
    // "lg:w-main-with-right-sidebar": the main column named for the sidebar beside it is no sidebar (SidebarLayoutClassNames).
    private static bool IsNoiseClass(IElement element) =>
        NoiseWords.ContainsNamePart(SidebarLayoutClassNames.Without(NegatedClassNames.Without(WordPressPostTermClasses.Without(element))))
        && (!element.ClassName!.Contains("caption", StringComparison.OrdinalIgnoreCase) || !NoCaptionClassBox.Is(element)
            || NoiseWords.ContainsNamePart(NoCaptionClassBox.OtherClasses(element)));

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article")
        {
            return false;
        }

        // A furniture word in an id that spells the element's own heading is the heading's word: a crosshead's anchor
        // (HeadingTextAnchor), a documentation section's box named for the heading opening it (HeadedSectionAnchor).
        return ((IsNoiseClass(element) || (NoiseWords.ContainsNamePart(element.Id) && !HeadingTextAnchor.Is(element) && !HeadedSectionAnchor.Is(element)))
                && !InlineWordInSentence.Holds(element) && !StoryInModalLayer.Is(element) && !ShareBarScrollWrapper.Is(element) && !CommentNamedCategoryBox.IsNamed(element) && !ProseInMenuNamedBox.Is(element) && !PagedPostSlides.Is(element) && !SlidePanelSidebar.Is(element) && !NumberedListItemBox.Is(element) && !RecipeMakerCard.IsNotes(element))
            || MostReadBox.Is(element) || FloatedPullOut.Is(element) || RecipeMakerCard.IsFurniture(element)
            // A box named "teaser" holding a thumbnail and a headline linked to one other page: another story's card (TeaserLinkCard).
            || TeaserLinkCard.Is(element)
            // "<ps-promo class="PromoSmall">": a design system's card for another story, its block named in PascalCase (PascalCasePromoCard).
            || PascalCasePromoCard.Is(element);
    }
}
