using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// Reads the article part of a plain-text page. The title is the last headline-like line before the first paragraph of
/// prose; lines above it are site chrome, lines between it and the prose are metadata; the body runs from the prose on.
/// </summary>
/// <remarks>Given a <paramref name="knownTitle"/>, the lines are an article's content alone: every line is body or furniture.</remarks>
internal sealed class TextArticleReader(PageLines lines, int end, string? knownTitle = null)
{
    public PageLines Lines => lines;

    /// <summary>Headings and widgets are never this long; the first such sentence that is not furniture starts the prose.</summary>
    private const int ProseLength = 80;

    /// <summary>
    /// A brief's sentences ("Police said two cars collided at about 7:40 a.m. No one was badly hurt.") may all be shorter
    /// than <see cref="ProseLength"/>: on a page with no longer sentence, the first of this length starts the prose.
    /// </summary>
    private const int ShortProseLength = 40;

    /// <summary>An unpunctuated line inside the text this many words long is a caption: crossheads run to ten words or so.</summary>
    private const int CaptionWords = 10;

    /// <summary>"Thursday, September 12, 2013": a date alone on its line, as related-links lists print under each link.</summary>
    private const int ShortDateLength = 30;

    /// <summary>A standfirst is a sentence of at least this length, markedly longer than the headline above it.</summary>
    private const int StandfirstLength = 70;

    /// <summary>A standfirst printed right under its headline, with no blank line between, may be this short.</summary>
    private const int AdjacentStandfirstLength = 60;

    /// <summary>The characters of a share count such as "1,204" or "1.2" (before its "k").</summary>
    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789.,");

    /// <summary>The heading of the writer's short biography under the article.</summary>
    /// <summary>"Link" / "Bundesinstitut für Bildungsforschung: Aufgabenpool Mathematik": a box of outside links under the text.</summary>
    private static readonly WordSet LinkBoxLabels = new(["link", "links", "weblink", "weblinks", "externe links", "enlaces", "liens"]);

    private static readonly WordSet AuthorBoxHeadings = new(
    [
        "about the author", "about the writer", "about the reporter", "about the authors", "über den autor", "über die autorin", "zur person",
        "à propos de l'auteur", "à propos de l’auteur", "sobre el autor", "sobre la autora", "sobre o autor", "l'autore", "over de auteur",
        "om skribenten", "o autorze",
        // WordPress's Twenty Seventeen heads its author box under the post so, over the writer's name and bio.
        "published by",
    ]);

    /// <summary>The label of a press release's contact block (name, company, phone, address on lines of their own).</summary>
    private static readonly WordSet ContactBlockLabels = new(
        ["media contact", "media contacts", "press contact", "press contacts", "investor contact", "investor contacts", "contact", "contacts", "pressekontakt", "contact presse", "contacto de prensa"]);

    /// <summary>The edition a story ran in, printed beside its writer's name.</summary>
    private static readonly WordSet EditionLabels = new(["from the newspaper", "from the print edition", "print edition", "in print", "web exclusive", "online exclusive"]);

    /// <summary>Labels over summary bullets under a headline.</summary>
    private const int LongestSummaryPoint = 200;

    internal static readonly WordSet SummaryLabels = new(["story highlights", "highlights", "key points", "in brief", "at a glance", "the big picture", "summary", "in summary", "article summary"]);

    /// <summary>The email field of a newsletter box, as a text dump shows its placeholder.</summary>
    private static readonly PrefixSet EmailFields = new(
        ["enter your email", "enter your e-mail", "type your email", "your email", "your e-mail", "email address", "e-mail address", "ihre e-mail", "votre e-mail", "votre adresse e-mail", "tu correo", "seu e-mail", "din e-post"]);

    /// <summary>A promotion box's only button, on a line of its own under the box's name and pitch.</summary>
    private static readonly WordSet PromoButtons = new(["learn more", "subscribe now", "start your free trial", "try it free"]);

    /// <summary>The quotation marks a pull quote stands in.</summary>
    private const string QuoteMarks = "\"“”„«»‘’'";

    private const int MostPullQuotes = 12;

    /// <summary>Paragraphs over a tag list that show it closes a story, not a header's topic row over the first lines.</summary>
    private const int MinParagraphsOverClosingTags = 3;

    private bool _publishedFromUpdateLine;
    private bool _publishedAboveTitle;
    private bool _tagLabelOpen;

    /// <summary>Whether a story's headline was seen under the open tags label: the label heads links to stories, not tags (StoryListUnderTagLabel).</summary>
    private bool _tagLabelHeadsStories;

    /// <summary>Where in <see cref="Tags"/> the items under a bare "Categories:" label begin, while its list is open; -1 otherwise.</summary>
    private int _categoryListFrom = -1;

    /// <summary>How many tags have been read one a line under the open label, and whether a blank line stood between two.</summary>
    private int _tagsListedUnderLabel;
    private bool _tagListSpaced;

    /// <summary>Where in <see cref="Tags"/> the entries listed one a line under the open label begin.</summary>
    private int _labelListFrom;

    private bool?[]? _headlines;
    private bool?[]? _linkListLines;

    /// <summary>Whether the page prints a slide counter ("2 of 6") anywhere: asked once, not of every line's neighbours.</summary>
    private bool? _hasSlideCounter;
    private bool? _hasCompleteSlideSeries;
    private bool? _hasBlockSlideSeries;

    /// <summary>Made once: a method passed as a delegate is a new object at every call, and it is passed for every line.</summary>
    private Func<int, bool>? _isCaptionUnderPictureFile;

    /// <summary>The header's menu, collected when the text's first paragraph is read, to know its copy in the footer.</summary>
    private RepeatedHeaderMenu? _headerMenu;
    private int _standfirst = -1;

    /// <summary>The picture's caption right over a free daily's bold lead (<see cref="KickerLead"/>).</summary>
    private int _leadCaption = -1;

    /// <summary>A blog's tagline under its name (<see cref="TaglineUnderMasthead"/>), or -1: neither the headline nor its deck.</summary>
    private int _tagline = -1;
    private string? _authorAboveTitle;

    /// <summary>The page's site finder, kept for the copyright holder a byline may name.</summary>
    private SiteFinder? _siteFinder;

    /// <summary>The writers the teaser under the headline names at its end ("… Von Katrin Ostermann, New York"), or null.</summary>
    private List<string>? _teaserWriters;
    private List<string>? _tagsAboveTitle;
    private bool _afterBiography;
    private bool _authorsFromBareNames;

    /// <summary>The authors are a CMS login from the node's "Submitted by webdesk" line; a "By" byline under it outranks them.</summary>
    private bool _authorsFromAccount;

    /// <summary>The line whose byline gave the authors, or -1.</summary>
    private int _bylineLine = -1;
    private LabelledSideBlocks? _sideBlocks;

    /// <summary>The verb after the writer's name that opens a biography: "Theodore Lindqvist is a senior editor at …".</summary>
    private static readonly WordSet BiographyVerbs = new(["is", "was", "writes", "covers", "reports", "edits", "teaches", "lives"]);

    public string? Title { get; private set; }

    public string? Site { get; private set; }

    public List<string> Authors { get; } = [];

    /// <summary>The writer the text signs under its last paragraph (SignatureUnderText), when no byline named one.</summary>
    public string? SignedWriter { get; private set; }

    /// <summary>The names of a sign-off under the last paragraph ("-- By Jane Roe"), or null when the text has none.</summary>
    public List<string>? SignOffWriters { get; private set; }

    public PageTime? PublishedAt { get; private set; }

    public List<string> Tags { get; } = [];

    public List<string> Body { get; } = [];

    public List<string> Captions { get; } = [];

    /// <summary>
    /// The lines are an HTML page's text. It shows a caption paragraph as it is, label included ("Photo: Shoppers carry
    /// groceries … Credit: …" in the text of a blog post), where a text dump's "Photo:" line loses its label; and a line's
    /// indent is the markup's nesting, not a text browser's layout.
    /// </summary>
    public bool ReadsHtml { get; init; }

    private LabelledSideBlocks SideBlocks => _sideBlocks ??= LabelledSideBlocks.Find(lines, end);

    public void Read()
    {
        var firstProse = FindFirstProse(ProseLength);
        if (firstProse == end)
        {
            // What the first search took for a standfirst or a tagline was only so for want of a longer sentence under it.
            (_standfirst, _tagline) = (-1, -1);
            firstProse = FindFirstProse(ShortProseLength);
        }
        if (_standfirst < 0 && firstProse < end && PreviousNonBlank(firstProse) is var lead and >= 0 && KickerLead.Is(lines[lead].Text))
        {
            _standfirst = lead;
            if (PreviousNonBlank(lead) is var caption and >= 0 && KickerLead.IsCaptionOver(lines[caption].Text))
            {
                _leadCaption = caption;
            }
        }

        // "5 thoughts on “…”" under the post: the thread's heading quotes the headline, which a dump may print under the
        // sidebar whose bio or archive the search above took for the text's start.
        var quotedTitle = knownTitle is null ? ThreadHeadingTitle.Line(lines, end) : -1;
        var titleUnderSidebar = quotedTitle > firstProse;
        if (titleUnderSidebar)
        {
            (_standfirst, _tagline, _leadCaption) = (-1, -1, -1);
            firstProse = FindFirstProse(ProseLength, quotedTitle + 1);
        }

        var titleIndex = titleUnderSidebar ? quotedTitle : knownTitle is null ? FindTitle(_leadCaption >= 0 ? _leadCaption : _standfirst >= 0 ? _standfirst : firstProse) : -1;
        Title = titleIndex >= 0 ? GluedKickerOnHeadline.Strip(KickerOnHeadline.Strip(Whitespace.Collapse(lines[titleIndex].Text), lines, titleIndex), lines, titleIndex) : knownTitle;
        // "… wenn Assad nicht liefert. Von Katrin Ostermann, New York": the teaser under the headline, signed at its end.
        if (_standfirst < 0 && titleIndex >= 0 && firstProse < end && TeaserClosingByline.Names(lines[firstProse].Text) is { } teaserWriters)
        {
            _standfirst = firstProse;
            _teaserWriters = teaserWriters;
        }

        var shownTitle = knownTitle is null ? -1 : lines.FindLine(knownTitle, firstProse);
        // The headline the metadata named, shown in the densest block of a page without structure, with its deck under it.
        if (shownTitle >= 0 && _standfirst < 0 && NextNonBlank(shownTitle) is var under && under < firstProse && IsStandfirstUnder(under, out var over) && over == shownTitle)
        {
            _standfirst = under;
        }

        // "Zutaten:" over "250 g Mehl" … under the headline: a recipe that opens on its ingredients starts its text there.
        if (firstProse < end && IngredientListOpening.Start(lines, Math.Max(titleIndex, Math.Max(shownTitle, _standfirst)) + 1, firstProse) is >= 0 and var ingredients)
        {
            firstProse = ingredients;
        }

        _siteFinder = new SiteFinder(lines, end);
        Site = _siteFinder.Find(titleIndex);
        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Text;
            if (i == _standfirst && DateOpening(text) is { } dated)
            {
                SetPublished(dated, isUpdate: false, aboveTitle: false);
            }

            if (text.Length == 0 || i == titleIndex || i == _standfirst || SideBlocks.Contains(i))
            {
                continue;
            }

            if (i == _leadCaption)
            {
                Captions.Add(Whitespace.Collapse(text));
                continue;
            }

            if (Tags.Count == 0 && Body.Count > 0 && i > firstProse && DotKeywordRow.TryRead(lines, i, end) is { } keywords)
            {
                Tags.AddRange(keywords);
                continue;
            }

            // A related-links list between the headline and the text ("Related News" / headline / date …): its dates are other stories'.
            if (i > titleIndex && i < firstProse && BoilerplateFilter.IsRelatedHeading(text))
            {
                i = SkipLinkList(i, closerEndsBeforeDate: true);
                continue;
            }

            if (TryReadPublishedBeforeUpdate(text, out var published))
            {
                SetPublished(published, isUpdate: false, aboveTitle: i < titleIndex);
                ReadTagsAfterDate(text);
                // "Site | 17.09.2013 à 16h12 • Mis à jour le … | Par Claire Vasseur": the byline may follow both times.
                if (i > titleIndex && Authors.Count == 0 && lines.TryReadMetadata(i, out var found) && found.Authors is { } names)
                {
                    Authors.AddRange(names);
                }

                continue;
            }

            // "This content is no longer available.": the site's notice stands where the text was; nothing after it is the story's.
            if (i > titleIndex && ErrorPageNotice.Is(text))
            {
                break;
            }

            // "L'intégralité de cet article est réservée aux abonnés": the shown part of the text ends there.
            if (i > firstProse && BoilerplateFilter.IsPaywallNotice(text))
            {
                break;
            }

            // "The article you requested has been archived": the archive's box stands where the rest of the text was.
            if (i > firstProse && ArchivedStoryNotice.Is(text))
            {
                break;
            }

            if (i < firstProse && DateOnTags.TryRead(text, out var taggedDay, out var dayTags))
            {
                SetPublished(taggedDay, isUpdate: false, aboveTitle: i < titleIndex);
                Tags.AddRange(dayTags.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
                continue;
            }

            // Under the masthead's day too: "(Philippine Daily Ledger) 8:05 am | Thursday, September 26th, 2013" is the story's time.
            if (i < firstProse && i > titleIndex && (PublishedAt is null || _publishedAboveTitle) && BracketedSourceBeforeDate.TryRead(text, out var sourceDated))
            {
                SetPublished(sourceDated, isUpdate: false, aboveTitle: false);
                continue;
            }

            if (lines.TryParseDate(i, out var time) && i > firstProse && LogDayHeading.Is(lines, i, end, time))
            {
                Body.Add(Whitespace.Collapse(text));
                continue;
            }

            // "Monday, April 7, 2014 at 6:00 PM" under "Tuesday, March 4, 2014 at 6:00 PM (public session)": a schedule's next entry.
            if (lines.TryParseDate(i, out time) && !IsUpdateLine(text) && PreviousNonBlank(i) is var scheduleAbove && scheduleAbove >= 0
                && !IsUpdateLine(lines[scheduleAbove].Text) && ScheduleDateLine.Follows(time, lines, i, scheduleAbove))
            {
                Body.Add(Whitespace.Collapse(text));
                continue;
            }

            if (lines.TryParseDate(i, out time))
            {
                ReadTagsAfterDate(text);
                i = ReadDate(i, time, aboveTitle: i < titleIndex && !DateRightOverHeadline.Is(lines, i, titleIndex, end));
                continue;
            }

            // Read before the byline rules, which would take its first line for one.
            // "Written on Mar 17 by" over the name: the card's title with the post's day, in a page's markup (DatedWriterCardTitle).
            if (i > firstProse && (IsWrittenByHeading(text) || (ReadsHtml && DatedWriterCardTitle.Is(text))))
            {
                i = EndOfBlock(i);
                continue;
            }

            // "Lindsey Garrow | @LGarrowCBN": the writer's bare name and handle, which the metadata reader takes for a site's pair.
            if (i > titleIndex && i < firstProse && Authors.Count == 0 && NameBarHandle.TryRead(text) is { } handled)
            {
                Authors.Add(handled);
                continue;
            }

            // "* Rachel Oduya, science correspondent" / "* The Northern Chronicle, Thursday 26 September 2013 00.01 BST".
            if (i > titleIndex && i < firstProse && Authors.Count == 0 && ListedWriterOverDate.Read(lines, i, end) is { } listed)
            {
                Authors.Add(listed);
                continue;
            }

            // "„… kommt nie weit.“" / "(Lena Hoff – Bergsteigerin)": the quotation's source has a byline's shape but stays with it.
            if (i > firstProse && QuoteAttributionLine.Is(lines, i, Body))
            {
                Body.Add(Whitespace.Collapse(text));
                continue;
            }

            // "Other headline" / "by Name (5/17/2007)" / "Next headline" / "by Other Name (5/4/2005)" under the text: other
            // stories' cards, whose bylines and days are not this story's (DatedBylineCardRun).
            if (i > firstProse && DatedBylineCardRun.Is(lines, i, end))
            {
                continue;
            }

            // "AUTHOR / Name" over the writer's biography: the card's label and name on one line (LabelSlashNameCard), read
            // before the byline rules, which would take the line for a "Name / Role" byline and leave the biography as text.
            if (Body.Count > 0 && LabelSlashNameCard.BiographyLine(lines, i, end, out var cardName) is >= 0 and var slashCardBiography)
            {
                if (Authors.Count == 0)
                {
                    Authors.Add(cardName);
                }

                i = slashCardBiography;
                continue;
            }

            var bylineOverHeadline = i < titleIndex && IsBylineOverHeadline(i, titleIndex);
            // "Rudolph Brown/Photographer" over the caption has a "Name/Role" byline's shape; it is the picture's credit.
            if (i != firstProse && !IsCaptionWithoutByline(i) && !IsCreditUnderCaption(i) && !PhotographerRoleCredit.Is(text) && !(i > firstProse && DashListRunItem.Is(lines, i, end)) && ReadMetadata(i, takeAuthors: i > titleIndex || bylineOverHeadline, aboveTitle: i < titleIndex && !bylineOverHeadline))
            {
                continue;
            }

            if (i < titleIndex && _tagsAboveTitle is null && TagLineParser.TryReadLabelled(text) is { } tagsAboveTitle)
            {
                _tagsAboveTitle = tagsAboveTitle;
                continue;
            }

            if (i < titleIndex)
            {
                // A contributor network's author box stands above the headline: "Tom Okafor, Contributor"; a blog network's
                // byline too, the name over the date ("Ella Kovacs" / "6/04/15 2:20pm" / "Filed to: smartphones" / headline).
                _authorAboveTitle ??= Words.HasDigit(text) || lines.IsBoilerplate(i) ? null
                    : BylineParser.TryReadNameBeforeRole(text)
                        ?? (titleIndex - i <= 8 && (IsBareNameOverDate(i) || IsNameOverFollowButton(i) || IsNameOverContributorRole(i)) && !SectionNamedInMenu.Is(lines, i) ? WithoutListMarker(text) : null);
                continue;
            }

            if (i < firstProse && i > titleIndex && PublishedAt is null && SiteBeforeDate.TryRead(text, Site, out var siteDated))
            {
                SetPublished(siteDated, isUpdate: false, aboveTitle: false);
                continue;
            }

            // "Grounds of the ruling:" right over the first paragraph, under the headline: the text's first crosshead.
            // "河边渡口的新变化" over "过去：渡船多久来一班？": a Chinese story's first crosshead, over lines of its text.
            // "①港の新ダイヤ" over the first long paragraph: a list article's first numbered crosshead (CircledNumberCrosshead).
            if (i < firstProse && i > Math.Max(titleIndex, shownTitle)
                && ((NextNonBlank(i) == firstProse && (LeadInHeadingOverText.Is(text) || CircledNumberCrosshead.Is(text))) || HanziCrossheadOverText.Is(lines, i, firstProse)) && !lines.IsBoilerplate(i))
            {
                Body.Add(Whitespace.Collapse(text));
                continue;
            }

            if (i < firstProse)
            {
                if (!IsWriterTagline(i))
                {
                    ReadHeaderLine(i, afterShownTitle: shownTitle >= 0 && i > shownTitle);
                }

                continue;
            }

            // "Related Topics:" over "Elm Street, Parking, and borough council" is a tag label; its topics are no links to stories.
            if ((BoilerplateFilter.IsRelatedHeading(text) && !IsTagLabelOverList(i) && !ItemAmongListItems.Is(lines, i)) || text == _packageLabel || LinkBoxLabels.Contains(text.AsSpan().Trim(" :")))
            {
                // "Schlagworte:" / "Recht" / "National" / "Mehr zum Thema": a related box right under the tags listed below the text
                // opens the page's furniture (teasers with their blurbs, sponsored reports); the story ended with its tags.
                if (_tagLabelOpen && _tagsListedUnderLabel > 0 && Body.Count >= MinParagraphsOverClosingTags)
                {
                    break;
                }

                var heading = i;
                i = SkipLinkList(i);
                // "≫次の記事" over a headline that reads as a sentence: the one line under the label is the next post's link.
                if (i == heading && NeighbourPostHeadline.IsLabel(text) && NextNonBlank(i) is var linked && linked < end && NeighbourPostHeadline.IsHeadline(lines[linked].Text))
                {
                    i = linked;
                }

                continue;
            }

            if (i > firstProse && (PromoLinkRun.Has(lines, i, end) || ArrowLinkBlurbs.Has(lines, i, end) || FooterRunOverCopyright.Has(lines, i)))
            {
                continue;
            }

            if (i > firstProse && ReadMoreTeaserRun.End(lines, i, end) is >= 0 and var teasers)
            {
                i = teasers;
                continue;
            }

            if (SummaryPoints.End(lines, i, end) is var points and >= 0)
            {
                i = points;
                continue;
            }

            if (Body.Count > 0 && IsFactBoxStart(i))
            {
                i = SkipFactBox(i);
                continue;
            }

            if (Body.Count > 0 && BulletedLinkRail.End(lines, i, end) is var rail and >= 0)
            {
                // "Tags:" / "School Board" / "Pine Hollow" / "• Facebook": under a tag label the rail's heading is its last tag.
                if (_tagLabelOpen)
                {
                    ReadFurniture(i);
                }

                i = rail;
                continue;
            }

            if (Body.Count > 0 && ClosingHeadlineRail.End(lines, i, end) is var closingRail and >= 0)
            {
                i = closingRail;
                continue;
            }

            if (Body.Count > 0 && LatestSectionRail.End(lines, i, end) is var latestRail and >= 0)
            {
                i = latestRail;
                continue;
            }

            if (Body.Count > 0 && CategoriesBesideTags.BareLabelBoxEnd(lines, i, end) is >= 0 and var categoryBox)
            {
                i = categoryBox;
                continue;
            }

            if (Body.Count > 0 && BareAuthorLabelBox.End(lines, i, end) is >= 0 and var guestAuthorBox)
            {
                i = guestAuthorBox;
                continue;
            }

            if (Authors.Count == 0 && Body.Count >= 2 && AuthorCardUnderText.BiographyLine(lines, i, end) is >= 0 and var cardBiography)
            {
                Authors.Add(Whitespace.Collapse(text));
                i = cardBiography;
                continue;
            }

            if (AuthorBoxHeadings.Contains(text.AsSpan().Trim(" :")) || IsAuthorBoxName(i) || IsOverPostsLink(i))
            {
                i = SkipAuthorBox(i);
                continue;
            }

            if (Body.Count > 0 && FuneralHomeBox.End(lines, i, end) is >= 0 and var funeralHome)
            {
                i = funeralHome;
                continue;
            }

            if (ContactBlockLabels.Contains(text.AsSpan().Trim(" :")))
            {
                // The contacts' later blocks under the same label: more people, the press office, a link (ContactSectionTail).
                i = ContactSectionTail.End(lines, EndOfBlock(i), end);
                continue;
            }

            if (Body.Count > 0 && QuoteBox.IsHeading(text))
            {
                while (i + 1 < end && (lines[i + 1].IsBlank || QuoteBox.IsQuoteLine(lines[i + 1].Text) || QuoteRow.Is(lines[i + 1].Text)))
                {
                    i++;
                }

                continue;
            }

            if (Body.Count > 0 && (IsSourceListLabel(text) || InlineSourceList.Is(text)))
            {
                i = SkipSourceList(i);
                continue;
            }

            // "Sources: Harbour Gazette, Bay Radio": the outlets a post drew on, named on one line under its text.
            if (Body.Count > 0 && InlineSourceList.IsNamedSourcesLine(text))
            {
                continue;
            }

            if (Tags.Count == 0 && Body.Count > 0 && TopicListEnd(i) is var topics and >= 0)
            {
                for (var topic = i; topic <= topics; topic++)
                {
                    Tags.Add(Whitespace.Collapse(lines[topic].Text));
                }

                i = topics;
                continue;
            }

            if (Body.Count > 0 && ClapsCount.Is(text))
            {
                continue;
            }

            if (Body.Count > 0 && GluedRelatedPostEntry.Is(text))
            {
                continue;
            }

            if (Body.Count > 0 && CallToActionBox.End(lines, i, end) is var callToAction and >= 0)
            {
                i = callToAction;
                continue;
            }

            if (Body.Count > 0 && FollowBox.End(lines, i, end) is var box and >= 0)
            {
                i = box;
                continue;
            }

            if (IsBiographyUnderAuthorName(i))
            {
                continue;
            }

            if (BiographyUnderBareName(i) is var biography and >= 0)
            {
                Authors.Add(Whitespace.Collapse(text));
                _afterBiography = true;
                i = biography;
                continue;
            }

            // An HTML page's text never holds a picture's alt text (HtmlText reads none), so a slug-like line there is the
            // page's own words: a heading naming a tool ("regex2fat", "3mux") stays (PictureSlug).
            if (IsSignupBlurb(i) || (!ReadsHtml && PictureSlug.Is(text)))
            {
                continue;
            }

            if (IsEntryWriter(i))
            {
                continue;
            }

            if (IsClosingBiography(text) || IsBiographyUnderRepeatedByline(i))
            {
                _afterBiography = true;
                continue;
            }

            if (Body.Count > 0 && i > titleIndex && ((_headerMenu ??= new RepeatedHeaderMenu(lines, titleIndex)).IsRepeat(i) || PublisherAddress.Is(lines, i)))
            {
                continue;
            }

            if (Body.Count > 0 && PostLinksUnderTags.Is(lines, i, end))
            {
                continue;
            }

            if (Body.Count > 0 && StoryBoxUnderSkipLink.End(lines, i, end) is >= 0 and var storyBox)
            {
                i = storyBox;
                continue;
            }

            if (Body.Count > 0 && ReblogAddition.End(lines, i, end) is >= 0 and var added)
            {
                i = added;
                continue;
            }

            if (!ReadFurniture(i) && !_afterBiography)
            {
                // The deck opens the text's lines under the tool row; it is no caption, and no paragraph of the text.
                if (Body.Count == 0 && DeckUnderToolRow.Is(lines, i, end))
                {
                    continue;
                }

                if (knownTitle is null && IsUnpunctuatedCaption(i))
                {
                    if (GluedCaptionCredit.TrySplitBareName(text) is var (caption, credit))
                    {
                        Captions.Add(caption);
                        Captions.Add(credit);
                        continue;
                    }

                    Captions.Add(Whitespace.Collapse(text));
                    continue;
                }

                if (Body.Count > 0 && IsThreadNameOverCount(i))
                {
                    continue;
                }

                Body.Add(Whitespace.Collapse(BodyListBullet.Without(RecipeCard.WithoutIngredientBullet(lines, i, text))));
            }
        }

        if (Authors.Count == 0)
        {
            Authors.AddRange(SideBlocks.Authors);
        }

        if (Authors.Count == 0 && _teaserWriters is not null)
        {
            Authors.AddRange(_teaserWriters);
        }

        if (Authors.Count == 0 && _authorAboveTitle is not null)
        {
            Authors.Add(_authorAboveTitle);
        }

        // "Filed to: smartphones" over the headline names the first topic; a tag row under the text, where there is one, names them all.
        if (Tags.Count == 0 && _tagsAboveTitle is not null)
        {
            Tags.AddRange(_tagsAboveTitle);
        }

        SiteInByline.RemoveFrom(Authors, Site);
        SiteInByline.RemoveHolderFrom(Authors, _siteFinder.CopyrightHolder);
        RepeatedArticleCopy.RemoveFrom(Body);
        ShareSiteButton.RemoveFrom(Body, Site);
        RemovePullQuotes();
        SignatureUnderText.RemoveFrom(Body, Authors);
        WriterBioCard.RemoveFrom(Body, Authors);
        BylineCardUnderText.RemoveFrom(Body, Authors);
        if (SignatureUnderText.TakeWriter(Body, Authors, Site) is { } signed)
        {
            Authors.Clear();
            Authors.Add(signed);
            SignedWriter = signed;
        }

        LinesBeforeDateline.RemoveFrom(Body, Captions);
        EditorInitials.RemoveFrom(Body);
        ContentClassMark.RemoveFrom(Body);
        // An HTML page's structure has already set its rails apart; what short lines its content holds are the article's
        // own (a release column's "Artist/Title" list).
        if (!ReadsHtml)
        {
            LinkRailsAroundText.RemoveFrom(Body);
            // The writers' cards stood over the rail: they end the body now.
            WriterBioCard.RemoveFrom(Body, Authors);
        }

        ReadTagsUnderArticleEnd();
        if (!ReadsHtml && Tags.Count == 0)
        {
            ReadTermsOverNodeLinks();
        }

        SpaceRunTags.Regroup(Tags, lines, Body);
        PublishedAt ??= Body.Count > 0 ? DatedLead.TryRead(Body[0]) : null;
    }

    /// <summary>
    /// "Comments are closed for this article." / "FILED UNDER:" / "Politics": the notice (or a copyright line) ends the
    /// article, but a tag label a few lines under it still names the article's tags, one per line up to the next furniture.
    /// </summary>
    private void ReadTagsUnderArticleEnd()
    {
        if (knownTitle is not null || Tags.Count > 0 || end >= lines.Count || lines.HeadingKind(end) != CommentHeadings.Kind.Footer)
        {
            return;
        }

        // "Also on The Beacon Post" / two links / "Follow: Syria, Video, …": the tag line stands under the heading's links.
        var over = FooterLinkList.LastLink(lines, end);
        var label = over + 1;
        while (label < lines.Count && label <= over + 3 && TagLineParser.TryRead(lines[label].Text) is null)
        {
            label++;
        }

        if (label >= lines.Count || label > over + 3 || TagLineParser.TryRead(lines[label].Text) is not { } tags)
        {
            // Further down, past the story's share buttons and related links, only a tag line that holds its tags.
            if (TagLineUnderStoryTools.Find(lines, end + 1) is >= 0 and var tagLine && TagLineParser.TryRead(lines[tagLine].Text) is { } underTools)
            {
                Tags.AddRange(underTools);
            }

            return;
        }

        Tags.AddRange(tags);
        // w3m prints a blank line between the label and its list.
        var first = label + 2 < lines.Count && lines[label + 1].IsBlank ? label + 2 : label + 1;
        if (tags.Count == 0 && first < lines.Count && TagLabelList.ReadCommaList(lines[first].Text, lines.IsBoilerplate(first)) is { } listed)
        {
            Tags.AddRange(listed);
            return;
        }

        if (tags.Count == 0)
        {
            Tags.AddRange(TagLabelList.ReadOnePerLine(lines, first));
        }
    }

    /// <summary>Drupal's unlabelled terms over its node links (<see cref="TermsOverNodeLinks"/>): tags, and no paragraphs.</summary>
    private void ReadTermsOverNodeLinks()
    {
        var terms = TermsOverNodeLinks.Read(lines, end);
        Tags.AddRange(terms);
        while (Body.Count > 0 && terms.Contains(Body[^1]))
        {
            Body.RemoveAt(Body.Count - 1);
        }
    }

    /// <summary>A tag label alone ("Related Topics:") over its tags joined by commas on one line, a blank line between perhaps.</summary>
    private bool IsTagLabelOverList(int index)
    {
        if (TagLineParser.TryRead(lines[index].Text) is not { Count: 0 })
        {
            return false;
        }

        var next = index + 1 < end && lines[index + 1].IsBlank ? index + 2 : index + 1;
        return next < end && (TagLabelList.ReadCommaList(lines[next].Text, lines.IsBoilerplate(next)) is not null || TagLabelList.IsOnePerLineUnder(lines, next, end));
    }

    /// <summary>
    /// A pull quote repeats, in quotation marks, words the article prints in one of its paragraphs (“Half the broken
    /// things … once.” beside “Half the broken things … once,” Osei said.): a reader sees it once.
    /// </summary>
    /// <remarks>
    /// A story sets in a few pull quotes. A page with many paragraphs in quotation marks quotes at length (a transcript, a
    /// collection of sayings), and asking each of them of every other paragraph would cost the square of the page: a
    /// megabyte of them took seconds.
    /// </remarks>
    private void RemovePullQuotes()
    {
        // A long read quotes many speakers in paragraphs that open and close with quotation marks ("…," said Arreola. "…"):
        // then only a quotation with no mark inside, no speaker named, is asked, of which a story sets in a few.
        if (Body.Count <= UnquotedPullQuote.MostParagraphs)
        {
            for (var i = Body.Count - 1; i > 0; i--)
            {
                if (UnquotedPullQuote.Is(Body, i))
                {
                    Body.RemoveAt(i);
                }
            }
        }

        var quoted = Body.Count(IsInQuotationMarks) <= MostPullQuotes ? (Func<string, bool>)IsInQuotationMarks
            : Body.Count(BareQuotation.Is) <= MostPullQuotes ? BareQuotation.Is : null;
        if (quoted is null)
        {
            return;
        }

        for (var i = Body.Count - 1; i >= 0; i--)
        {
            var paragraph = Body[i];
            if (!quoted(paragraph))
            {
                continue;
            }

            var words = ElidedQuoteOpening.Without(paragraph.AsSpan().Trim(QuoteMarks)).TrimEnd(".,;:!?…").ToString();
            if (words.Length >= 30 && IsPrintedElsewhere(i, words))
            {
                Body.RemoveAt(i);
            }
        }
    }

    internal static bool IsInQuotationMarks(string paragraph) =>
        paragraph.Length is > 0 and <= 300 && QuoteMarks.Contains(paragraph[0], StringComparison.Ordinal) && QuoteMarks.Contains(paragraph[^1], StringComparison.Ordinal);

    private bool IsPrintedElsewhere(int quoteParagraph, string words)
    {
        for (var j = 0; j < Body.Count; j++)
        {
            if (j != quoteParagraph && PrintsQuote(Body[j], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph prints the quote's words, also with the speaker named between its sentences ("The filibuster is
    /// not dying," he told me. "It is being hollowed out …"): every sentence of the quote is in it.
    /// </summary>
    private static bool PrintsQuote(string paragraph, string quote)
    {
        // The text's quote with its ellipsis, or words of it, cut (ElidedQuotedPullQuote).
        if (paragraph.Contains(quote, StringComparison.Ordinal) || ElidedQuotedPullQuote.IsCutFrom(paragraph, quote))
        {
            return true;
        }

        var sentences = 0;
        foreach (var range in quote.AsSpan().Split(". "))
        {
            var sentence = quote.AsSpan()[range].Trim(QuoteMarks);
            // A sentence lifted from inside the text's sentence, its first word capitalised (CapitalisedPullQuoteSentence).
            if (sentence.Length < 15
                || !(paragraph.AsSpan().Contains(sentence, StringComparison.Ordinal) || CapitalisedPullQuoteSentence.IsIn(paragraph, sentence)))
            {
                return false;
            }

            sentences++;
        }

        return sentences > 1;
    }

    /// <summary>
    /// "Marcus Feld" / "Denver City Politics Examiner" / "Marcus Feld has covered …" under the text: the writer's name alone
    /// opens an author box, its biography naming the writer again or opening with a job ("Staff writer, Wirelight. …").
    /// A rendering may set the biography apart by a blank line; "About Hannah Okonkwo" heads such a box too.
    /// </summary>
    private bool IsAuthorBoxName(int index)
    {
        var name = lines[index].Text.AsSpan().Trim();
        var headed = name.StartsWith("About ", StringComparison.Ordinal);
        name = headed ? name[6..] : name;
        if (name.Length > 60 || !(IsAuthor(name) || name.SequenceEqual(_authorAboveTitle) || (headed && IsAuthorsFirstName(name))))
        {
            return false;
        }

        for (var i = index + 1; i < end && i <= index + 3 && (!lines[i].IsBlank || i == index + 1); i++)
        {
            var text = lines[i].Text;
            if (OpensWithName(text, name) || (text.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && BylineParser.IsRole(text[..comma])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Published by Nora Keller" / "Nora covers business … View more posts": the heading over an author box's biography.</summary>
    private bool IsOverPostsLink(int index) =>
        lines[index].Text.Length < 60 && !Words.EndsSentence(lines[index].Text) && NextNonBlank(index) is var next && next < end
        && AuthorBoxLinks.EndsWithPostsLink(lines[next].Text);

    private static readonly PrefixSet TaglineOpenings = new(["i write about ", "i cover ", "i report on ", "i blog about "]);

    /// <summary>
    /// "Carl Vettori, Contributor" / "I write about household debt and the people who sell it.": a contributor network
    /// prints the writer's own one-line description under the name and role, above the text.
    /// </summary>
    private bool IsWriterTagline(int index) =>
        lines[index].Text.Length < 160 && TaglineOpenings.Matches(lines[index].Text.AsSpan().TrimStart()) && PreviousNonBlank(index) is var above && above >= 0
        && BylineParser.TryReadNameBeforeRole(lines[above].Text) is not null;

    private static readonly PrefixSet FollowButtons = new(["become a fan", "follow", "+ follow"]);

    /// <summary>
    /// "Miriam Okafor" / "Become a fan" / "Internist and author, …" / headline: a group blog's writer box above the headline,
    /// a person's name over the button that follows the writer.
    /// </summary>
    /// <summary>
    /// "Marisol Benavides Headshot" / "Marisol Benavides" / "Founder, ShareShed Collective" / headline: a contributor
    /// network's author box over the headline, the name right over its role and organisation.
    /// </summary>
    private bool IsNameOverContributorRole(int index) =>
        index + 1 < end && !lines[index + 1].IsBlank && lines[index].Text.Length <= 40
        && ContributorRole.IsRoleUnderName(lines[index + 1].Text.Trim(), lines[index].Text);

    /// <summary>
    /// "HuffPost Social News" / "Comments (4)   Pending Comments 0   View FAQ": the comment system's name over the
    /// thread's count heading, a few words with no full stop, is no line of the text above it.
    /// </summary>
    private bool IsThreadNameOverCount(int index) =>
        Words.CountUpTo(lines[index].Text, 5) <= 4 && !Words.EndsSentence(lines[index].Text) && lines.NextNonBlank(index, lines.Count) is var next
        && next < lines.Count && lines.DeclaredCount(next) is not null;

    private bool IsNameOverFollowButton(int index)
    {
        var next = NextNonBlank(index);
        return next < end && lines[next].Text.Length <= 20 && FollowButtons.Matches(lines[next].Text.AsSpan().Trim())
            && lines[index].Text.Length <= 40 && Words.LooksLikePersonName(lines[index].Text);
    }

    /// <summary>"About Hannah" / "Hannah quit her office job …": a blog's author box calls the writer by the first name.</summary>
    private bool IsAuthorsFirstName(ReadOnlySpan<char> name)
    {
        foreach (var author in Authors)
        {
            if (author.Length > name.Length + 1 && author.AsSpan().StartsWith(name, StringComparison.Ordinal) && author[name.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAuthor(ReadOnlySpan<char> name)
    {
        foreach (var author in Authors)
        {
            if (name.SequenceEqual(author))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Elena Marchetti" / "Elena writes about housing policy …" under the text of a page without a byline: an author box
    /// names the writer, its biography opening with the name or the first name and a verb ("writes", "is", "covers"). The
    /// name may be printed twice (the portrait's alt text). Returns the biography's line, or -1.
    /// </summary>
    private int BiographyUnderBareName(int index)
    {
        var text = lines[index].Text;
        if (Authors.Count > 0 || Body.Count < 2 || !IsBareName(text))
        {
            return -1;
        }

        var name = Whitespace.Collapse(text);
        var firstName = name[..name.IndexOf(' ')];
        for (var (i, read) = (NextNonBlank(index), 0); i < end && read < 3; (i, read) = (NextNonBlank(i), read + 1))
        {
            var line = lines[i].Text.Trim();
            if (line == name)
            {
                continue;
            }

            var opening = OpensWithName(line, name) ? name.Length : OpensWithName(line, firstName) ? firstName.Length : -1;
            var rest = opening > 0 ? line.AsSpan(opening + 1) : [];
            var space = rest.IndexOf(' ');
            return space > 0 && BiographyVerbs.Contains(rest[..space]) && Words.EndsSentence(line) ? i : -1;
        }

        return -1;
    }

    /// <summary>Case aside: "By NOA FRIEDMANN" signs in capitals what the biography spells "Noa Friedmann is …".</summary>
    private static bool OpensWithName(string text, ReadOnlySpan<char> name) =>
        text.Length > name.Length && text.AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase) && text[name.Length] == ' ';

    /// <summary>"Marcus Feld" / "Denver City Politics Examiner" / "Marcus Feld has covered …": the biography, its box's name read with the links above it.</summary>
    private bool IsBiographyUnderAuthorName(int index)
    {
        var text = lines[index].Text;
        foreach (var author in Authors)
        {
            if (OpensWithName(text, author))
            {
                for (var i = index - 1; i >= 0 && i >= index - 2 && !lines[i].IsBlank; i--)
                {
                    if (lines[i].Text.AsSpan().Trim().SequenceEqual(author))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Theodore Lindqvist is a senior editor at The Halvorsen Review, where …", "Wendell Achterberg writes Parlance's
    /// Explainer column.": the writer's biography in the third person ends the article; what follows it up to the
    /// comments (the writer's links, promotions, link lists) is no text either, though a tag line still gives tags.
    /// </summary>
    private bool IsClosingBiography(string text)
    {
        if (Body.Count < 2 || text.Length > 400 || !Words.EndsSentence(text))
        {
            return false;
        }

        // "Anja Feldt and Rory McAllister are staff writers.": the note on two of the writers.
        if (JointWritersNote.Is(text, Authors))
        {
            return true;
        }

        foreach (var author in Authors)
        {
            if (OpensWithName(text, author))
            {
                var rest = text.AsSpan(author.Length + 1);
                var space = rest.IndexOf(' ');
                return space > 0 && BiographyVerbs.Contains(rest[..space]);
            }
        }

        return false;
    }

    /// <summary>
    /// "By Marisol Quennell @mquennell" / "Marisol has reviewed phones since …": the author box under the text prints the
    /// byline again, right over the biography, which opens with the writer's first name only.
    /// </summary>
    private bool IsBiographyUnderRepeatedByline(int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (Body.Count < 2 || index == 0 || lines[index - 1].IsBlank || text.Length > 600 || !Words.EndsSentence(text)
            || !BylineParser.OpensAsByline(lines[index - 1].Text) || BylineParser.TryRead(lines[index - 1].Text) is not { } names)
        {
            return false;
        }

        foreach (var name in names)
        {
            var space = name.IndexOf(' ');
            if (space > 0 && Authors.Contains(name) && text.StartsWith(name.AsSpan(0, space + 1), StringComparison.Ordinal)
                && text[(space + 1)..] is var rest && rest.IndexOf(' ') is > 0 and var verbEnd
                && (BiographyVerbs.Contains(rest[..verbEnd]) || rest[..verbEnd] is "has"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The biography under an "About the author" heading: the lines of its block, a few at most. On a page without a byline,
    /// its "Writer: Name" line names the author.
    /// </summary>
    /// <remarks>A rendering may print a blank line between the box's heading and its biography.</remarks>
    private int SkipAuthorBox(int index)
    {
        var i = index + 1;
        // "Alicia Dorr" / "Alicia Dorr is a national correspondent …" / "Most Popular" / headlines: on a page printed with no
        // blank line a rail's heading right under the biography opens the rail, no line of the box.
        while (i < end && i <= index + 3 && (!lines[i].IsBlank || (i == index + 1 && i + 1 < end && !lines[i + 1].IsBlank))
            && !BoilerplateFilter.IsRelatedHeading(lines[i].Text))
        {
            if (Authors.Count == 0 && BylineParser.TryRead(lines[i].Text) is { } names)
            {
                Authors.AddRange(names);
            }

            i++;
        }

        return i - 1;
    }

    /// <summary>"Written by Tobias Whitlock" / "412 Followers" / "Writer for …" / biography: a blogging platform's writer card.</summary>
    private static bool IsWrittenByHeading(string text) =>
        text.StartsWith("Written by ", StringComparison.Ordinal) && Words.LooksLikePersonName(text.AsSpan(11));

    /// <summary>
    /// "Journalism" / "Local News" / "Media" / blank / "1.2K" (or "412 claps"): a blogging platform prints the post's topics,
    /// unlabelled, one per line between the text and its like count. The last topic's line, or -1.
    /// </summary>
    private int TopicListEnd(int index)
    {
        if (index == 0 || !lines[index - 1].IsBlank)
        {
            return -1;
        }

        var last = index;
        while (last < end && !lines[last].IsBlank)
        {
            var text = lines[last].Text;
            if (last - index >= 8 || text.Length > 30 || Words.Count(text) > 3 || !char.IsUpper(text[0]) || Words.EndsSentence(text) || Words.HasDigit(text)
                || lines.IsBoilerplate(last))
            {
                return -1;
            }

            last++;
        }

        return last - index >= 2 && NextNonBlank(last) is var count && count < end && (IsCountAlone(count) || ClapsCount.Is(lines[count].Text)) ? last - 1 : -1;
    }

    /// <summary>The last line of the block that starts at <paramref name="index"/>, a few lines at most.</summary>
    private static readonly WordSet SourceListLabels = new(["sources", "source", "references", "studies cited", "quellen", "fuentes"]);

    /// <summary>"SOURCES:", "References:": a health or science story's list of the studies and people it drew on, under the text.</summary>
    private static bool IsSourceListLabel(string text) =>
        text.Length < 20 && text.TrimEnd().EndsWith(':') && SourceListLabels.Contains(text.AsSpan().Trim(" :"));

    /// <summary>The list runs to the next blank line or the footer's furniture.</summary>
    private int SkipSourceList(int index)
    {
        var i = index + 1;
        while (i < end && i <= index + 15 && !lines[i].IsBlank && !lines.IsBoilerplate(i))
        {
            i++;
        }

        return i - 1;
    }

    private int EndOfBlock(int index)
    {
        var i = index + 1;
        while (i < end && i <= index + 6 && !lines[i].IsBlank)
        {
            i++;
        }

        return i - 1;
    }

    /// <summary>A short line with two field labels at most <see cref="FactBox.Reach"/> lines under it (or being one) heads a profile box.</summary>
    private bool IsFactBoxStart(int index)
    {
        if (IsProse(index))
        {
            return false;
        }

        var labels = 0;
        for (var i = index; i < end && i <= index + FactBox.Reach && labels < 2; i++)
        {
            labels += FactBox.IsLabel(lines[i].Text) ? 1 : 0;
        }

        return labels == 2;
    }

    /// <summary>The box runs over short lines and the prose under its labels ("Overview" / what the company does); other prose or a tag line ends it.</summary>
    private int SkipFactBox(int index)
    {
        var i = index + 1;
        var underLabel = false;
        while (i < end && (lines[i].IsBlank || ((underLabel || !IsProse(i)) && TagLineParser.TryRead(lines[i].Text) is null)))
        {
            underLabel = lines[i].IsBlank ? underLabel : FactBox.IsLabel(lines[i].Text);
            i++;
        }

        return i - 1;
    }

    private bool IsProse(int index) => lines[index].Text.Length >= ProseLength || Words.EndsSentence(lines[index].Text);

    private int FindFirstProse(int proseLength, int from = 0)
    {
        for (var i = from; i < end; i++)
        {
            var text = lines[i].Text;
            // "Posted: … 4:12 pm | Updated: 6:40 pm, Tue Sep 17, 2013.": a dateline ending in a full stop is no prose, nor is a
            // byline with its date ("By … Posted: Wednesday, March 12, 2014 6:30 pm | Updated: …, Wed Mar 12, 2014.").
            // A long line without a full stop is prose unless a list's marker opens it: a mega menu's teasers run together.
            // A sentence over its picture's credit ("… seit Jahren." / "foto: christian lendl") is the caption, not the text's start.
            // So is a sentence the next line repeats before its credit ("… im Kreis Fulda." / "… im Kreis Fulda. - Foto: …"): the alt text.
            // A layout table's row that w3m spreads over the page ("KPTV 9 News      …      Red Mesa 91° Sunny      …") is long for its gaps alone.
            // A byline box's name, job title and bio run together ("By Name, a deputy editor …. She has covered …") are no text.
            // A mega menu's featured story, printed inside a section's bullet with the menu going on under it, is no text;
            // nor is a blurb cut off mid-sentence over its link to read on ("… eine lauter werdende..." / "Mehr →").
            // A meeting notice's schedule, each entry's place bracketed at its end, is its text, ending in no sentence (ScheduleDateLine).
            if (text.Length >= proseLength && ((Words.EndsSentence(text) && !EndsWithQuotedTitle(text)) || (text.Length >= 2 * ProseLength && !StartsWithListMarker(text) && !IsLongForGapsAlone(text))
                    || (NextNonBlank(i) is var nextEntry && nextEntry < end && ScheduleDateLine.OpensPlacedEntries(text, lines[nextEntry].Text)))
                && !lines.IsBoilerplate(i) && !lines.IsCaption(i) && !IsAltTextOfCaptionBelow(i) && !IsCaptionUnderPictureFile(i) && !IsCaptionAboveSetCredit(i) && !LeadCaptionUnderToolRow.Is(lines, i, end) && !TryReadPublishedBeforeUpdate(text, out _) && !IsUnderSummaryLabel(i) && !SideBlocks.Contains(i)
                && !(lines.TryReadMetadata(i, out var byline) && byline.Authors is not null && (byline.Time is not null || ClockStopEnding.Is(text) || BylineBioSentences.Holds(text)))
                && !WriterCardBiography.Is(lines, i, end) && !TitleCaseSentenceHeadline.Is(text) && !KeyValueDumpLine.Is(text) && !JsonObjectDumpLine.Is(text) && !LineInsideOngoingList.Is(lines, i, end) && !CutTeaserOverReadOnLink.Is(lines, i, end) && !NumberedTrailEchoedBelow.Is(lines, i, end))
            {
                // A blog's post prints no standfirst: under its tagline, the first prose is the text.
                if (_tagline < 0 && TaglineUnderMasthead.Is(lines, i, end, IsHeadline))
                {
                    _tagline = i;
                    continue;
                }

                if (_standfirst < 0 && _tagline < 0 && (IsStandfirstAboveByline(i) || IsStandfirstAbovePicture(i)))
                {
                    _standfirst = i;
                    continue;
                }

                if (_standfirst < 0 && QuestionHeadline.IsOverDeck(text, NextNonBlank(i), end, IsStandfirstAboveByline))
                {
                    continue;
                }

                return i;
            }
        }

        return end;
    }

    private const string ColumnGap = "          ";

    private static bool IsLongForGapsAlone(string text) =>
        text.Contains(ColumnGap, StringComparison.Ordinal) && Whitespace.Collapse(text).Length < 2 * ProseLength;

    /// <summary>
    /// 'Split After Four Years: "We Remain Close Friends"': a quotation closed right after a word, with no full stop
    /// inside, ends a headline; a sentence puts its stop inside the quotation or after it.
    /// </summary>
    private static bool EndsWithQuotedTitle(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.Length > 1 && text[^1] is '"' or '”' && char.IsLetterOrDigit(text[^2]);
    }

    private int FindTitle(int firstProse)
    {
        var title = FindTitleWalkingUp(firstProse);
        if (title < 0 || ReadsHtml || LynxMarginHeading.Over(lines, title, Math.Min(firstProse, end), IsHeadline) is not (>= 0 and var heading))
        {
            return title;
        }

        // "Scuola, mancano 12 mila insegnanti …" / "Le famiglie degli alunni … denunciano …" / "di Mario Rossi …": lynx prints the
        // deck's heading at the margin as well, so the margin line over the byline may be the deck under the headline.
        return IsStandfirstUnder(heading, out var headline) ? headline : heading;
    }

    private int FindTitleWalkingUp(int firstProse)
    {
        if (CentredHeadline.Find(lines, Math.Min(firstProse, end), IsHeadline) is >= 0 and var centred)
        {
            return centred;
        }

        if (NumberedTrailEchoedBelow.EchoAbove(lines, firstProse, end) is >= 0 and var echo)
        {
            return echo;
        }

        // "Harold James Benning" / "May 4, 1931 - September 23, 2013": an obituary's title is the name over the life dates.
        if (LifeDates.NameAbove(lines, Math.Min(firstProse, end)) is >= 0 and var obituaryName)
        {
            return obituaryName;
        }

        var underRelatedHeading = -1;
        var marginHeadline = CentredHeadline.MarginHeadline(lines, Math.Min(firstProse, end), IsHeadline);
        var underMotto = firstProse < end && EpigraphOverText.LineAbove(lines, firstProse) is >= 0 and var overMotto ? overMotto + 1 : Math.Min(firstProse, end);
        for (var i = underMotto - 1; i >= 0; i--)
        {
            if (i == marginHeadline)
            {
                return i;
            }

            if (IsCaptionUnderPictureFile(i))
            {
                continue;
            }

            // "Life & Love News" under "December 29 6:30 PM" / "Example.com |", an item of the menu above: the byline's section.
            if (!ReadsHtml && IsHeadline(i) && MenuSectionUnderDateline.Is(lines, i))
            {
                continue;
            }

            // "Frühjahrsputz 2015" / "Liebe Gartenfreundinnen und Gartenfreunde," / text: the salutation opens the text.
            if (SalutationLine.Is(lines[i].Text) && SalutationLine.HeadlineOver(lines, i) is >= 0 and var overSalutation)
            {
                return overSalutation;
            }

            // "Home » Vegan Desserts » Peanut Butter Truffles" / "Peanut Butter Truffles": too short for a headline, but the
            // trail above names it as the page's own.
            if (!IsHeadline(i) && BreadcrumbEchoedHeading.EchoesTrailAbove(lines, i) && IsShortHeading(i))
            {
                return i;
            }

            if (IsHeadline(i) && GalleryCaptionStrip.CounterAbove(lines, i) is >= 0 and var counter)
            {
                i = counter;
                continue;
            }

            // The caption under the headline printed again as its picture's alt text, and that copy.
            if (IsHeadline(i) && HeadlineAltText.Over(lines, i, IsHeadline) is >= 0 and var alt)
            {
                i = alt;
                continue;
            }

            // "Los vecinos … frenan la tala …" / "* El Ayuntamiento paraliza …" / "* Los técnicos …": summary points listed
            // under the headline, over the byline; the headline is above their list.
            if (IsHeadline(i) && StartsWithListMarker(lines[i].Text) && PointsUnderHeadline(i) is { } top)
            {
                i = top;
                continue;
            }

            if (IsHeadline(i) && !IsOverNamedByline(i) && !CaptionedBylineUnder.Is(lines, i, end) && RelatedHeadingAbove(i) is { } heading)
            {
                underRelatedHeading = i;
                i = heading;
                continue;
            }

            if (IsHeadline(i) && IsHeadlineUnderSummaryPoints(i))
            {
                return i;
            }

            if (IsHeadline(i) && IsLeadCaptionUnderHeadline(i))
            {
                continue;
            }

            if (IsHeadline(i) && !IsUnderSummaryLabel(i))
            {
                if (IsStandfirstUnder(i, out var headline))
                {
                    if (PictureUnderByline.HeadlineAbove(headline, i, HeadlineAboveByline, lines) is { } overByline)
                    {
                        return HeadlineOverDeck(overByline);
                    }

                    if (!IsPrintedAgainBelow(headline, firstProse))
                    {
                        return headline;
                    }

                    _packageLabel = lines[headline].Text;
                }

                // The line above the byline may be the standfirst in its turn ("Engineering works … will now run until …").
                return HeadlineAboveByline(i) is { } aboveByline ? HeadlineOverDeck(aboveByline) : HeadlineAboveSentence(i) ?? TitleCaseHeadlineOver(i) ?? HeadlineUnderWriterCardOver(i) ?? TopOfSummaryRun(i);
            }
        }

        // "Top Stories" / headline / byline with no headline above: the heading labels the section, it heads no link list.
        if (underRelatedHeading >= 0)
        {
            return underRelatedHeading;
        }

        // "Weiterlesen" / "12.03.2013, 09:15 von lindner_m": a short headline that reads as a button, over its byline.
        if (ShortHeadlineOverByline.Find(lines, Math.Min(firstProse, end)) is >= 0 and var shortHeadline)
        {
            return shortHeadline;
        }

        if (!ReadsHtml && LynxMarginHeading.NearestOver(lines, Math.Min(firstProse, end), IsShortHeading) is >= 0 and var margin)
        {
            return margin;
        }

        if (BreadcrumbEchoedHeading.Over(lines, Math.Min(firstProse, end), IsShortHeading) is >= 0 and var echoed)
        {
            return echoed;
        }

        for (var i = 0; i < end; i++)
        {
            // "Home" / "News" / … or "Home | News | Sports" over a headline too short for the rules above ("Corrections and
            // clarifications"): the site's menu is no headline; nor is a text browser's list item ("• Blatt.de" under "• Login").
            if (IsShortHeading(i) && !SiteMenuLine.Is(lines[i].Text) && !StartsWithListMarker(lines[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Rian Keller, Cora Vance and Ada Rowe on stage" / "Photograph: Dina Litovsky" under the headline and its deck: a line
    /// over a credit that says it is one is the lead picture's caption, though it has no full stop, when a headline stands
    /// above it. A headline with no other line above that reads as one keeps the title, even over a credit.
    /// </summary>
    private bool IsLeadCaptionUnderHeadline(int index)
    {
        var credit = NextNonBlank(index);
        if (credit >= end || credit - index > 2 || !IsLabelledCreditLine(lines[credit].Text) || Words.Count(lines[index].Text) < MinLeadCaptionWords)
        {
            return false;
        }

        for (var above = PreviousNonBlank(index); above >= 0; above = PreviousNonBlank(above))
        {
            if (IsHeadline(above))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A caption says who or what the picture shows; a kicker over a credit is a word or two.</summary>
    private const int MinLeadCaptionWords = 6;

    /// <summary>"Credit: Kent Police", "Photograph: Dina Litovsky": a credit line that says it is one.</summary>
    private static bool IsLabelledCreditLine(string text) =>
        CaptionDetector.IsLabelledCredit(text) || (CaptionDetector.IsCreditOnly(text) && CaptionDetector.OpensWithLabel(text));

    private bool IsBylineOverHeadline(int index, int titleIndex) => Authors.Count == 0 && LabelledBylineOverHeadline.Is(lines, index, titleIndex);

    /// <summary>A line that may head the story where nothing reads as a headline: no furniture, no date, and some letters.</summary>
    private bool IsShortHeading(int index) =>
        lines[index].Text is { Length: > 0 and <= 300 } text && Words.HasLetter(text) && !lines.IsBoilerplate(index) && !lines.TryParseDate(index, out _)
        && !NeighbourPostLinks.Is(lines, index, end);

    /// <summary>
    /// "Hollow Crown Dev Confirms PS4 Version, Delays PC Beta" / "Closed beta slips to April as studio ramps up console
    /// team." / "by Dana Whitcomb": the line right over the byline may be the deck under the headline, a longer summary
    /// or a sentence under a headline without full stop.
    /// </summary>
    private int HeadlineOverDeck(int aboveByline) =>
        IsStandfirstUnder(aboveByline, out var overStandfirst) ? overStandfirst : HeadlineAboveSentence(aboveByline) ?? aboveByline;

    /// <summary>
    /// "Cold Snap Grips Nation" over the headline and again inside the text over links to "Deep freeze by the numbers":
    /// a story package's name, a kicker that heads the package's box in the text, never the headline.
    /// </summary>
    private bool IsPrintedAgainBelow(int index, int firstProse)
    {
        var text = lines[index].Text;
        for (var i = Math.Max(firstProse, index + 1); i < end; i++)
        {
            if (lines[i].Text == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of the list of points <paramref name="index"/> is in, when a headline stands right above the list.</summary>
    private int? PointsUnderHeadline(int index)
    {
        var top = index;
        while (PreviousNonBlank(top) is var above && above >= 0 && top - above <= 2 && StartsWithListMarker(lines[above].Text))
        {
            top = above;
        }

        var headline = PreviousNonBlank(top);
        return headline >= 0 && top - headline <= 2 && IsHeadline(headline) && !StartsWithListMarker(lines[headline].Text) ? top : null;
    }

    /// <summary>A story package's name printed over the headline, or null: inside the text it heads a box of links.</summary>
    private string? _packageLabel;

    /// <summary>
    /// "Top Stories" / "New Study Links Sleep and Memory" / … / "Baseball Playoff Race Comes Down to Final Day" / "Gulf
    /// Coast town reopens …" / "By Karen Whitlow | …": a portal's mega-menu prints its last panel's teasers right over the
    /// headline (a browser's innerText sets no gap between menu and story). A title-case line that is the second or a
    /// later link under a related-links heading is the list's, not a headline over a sentence-case deck; the first line
    /// under such a heading may still be the headline the heading labels.
    /// </summary>
    private bool IsLaterItemOfRelatedList(int index) =>
        RelatedHeadingAbove(index) is { } heading && PreviousNonBlank(index) is var above && above > heading && IsLinkListLine(above);

    /// <summary>The related-links heading whose list holds this line ("Related News" / links and their dates), if any.</summary>
    private int? RelatedHeadingAbove(int index)
    {
        var i = PreviousNonBlank(index);
        while (i >= 0 && index - i <= 12 && !BoilerplateFilter.IsRelatedHeading(lines[i].Text) && IsLinkListLine(i))
        {
            i = PreviousNonBlank(i);
        }

        return i >= 0 && BoilerplateFilter.IsRelatedHeading(lines[i].Text) && !IsBetweenMenuItems(i) ? i : null;
    }

    /// <summary>
    /// "Post navigation" / "← PreviousNext →" / "Fishermen tell MEP …" / "Posted on November 8, 2012 by Lorna Walmsley": a
    /// line right over a byline that names a writer is the story's headline, whatever heading stands above it; a related
    /// list's items carry no writers.
    /// </summary>
    private bool IsOverNamedByline(int index) =>
        NextNonBlank(index) is var next && next < end && lines.TryReadMetadata(next, out var found) && found.Authors is not null;

    /// <summary>
    /// "Pictures" / "Most read" / "News Board": a related-links heading's words set between other short items with no
    /// blank line name a section in the site's menu; they head no list.
    /// </summary>
    private bool IsBetweenMenuItems(int index) =>
        index > 0 && index + 1 < lines.Count && IsShortMenuWord(lines[index - 1].Text) && IsShortMenuWord(lines[index + 1].Text);

    private static bool IsShortMenuWord(string text) => text.Length > 0 && Words.CountUpTo(text, 4) <= 3 && !Words.EndsSentence(text);

    /// <summary>Asked of the same lines by the title, standfirst, kicker and header rules: answered once per line.</summary>
    private bool IsHeadline(int index) => (_headlines ??= new bool?[lines.Count])[index] ??= LooksLikeHeadline(index);

    private bool LooksLikeHeadline(int index)
    {
        var text = lines[index].Text;
        // "• Our Harbour Staff": a text browser's list marker is no word of the line.
        if (text.Length is 0 or > 300 || HeadlineWords(StartsWithListMarker(text) ? text.AsSpan().TrimStart()[2..] : text) < 4 || NavigationLine.Is(text) || SiteMenuLine.Is(text) || CommaKeywordList.Is(text) || PaperTagline.Is(text) || CommunityTagline.Is(text) || Slogan.Is(text) || AccountLinksEnding.Is(text)
            || lines.IsBoilerplate(index) || lines.IsCaption(index) || IsCaptionAboveCredit(index) || IsCaptionUnderCredit(index) || IsCreditUnderCaption(index) || CaptionEchoedAroundCredit.Is(lines, index, end)
            || LeadCaptionUnderToolRow.Is(lines, index, end)
            || lines.TryParseDate(index, out _) || lines.HeadingKind(index) != CommentHeadings.Kind.None || TryReadPublishedBeforeUpdate(text, out _)
            || IsUnderVideoLabel(index) || DoubledClipTitle.Is(lines, index, end) || SideBlocks.Contains(index) || WeatherAlertBox.Is(lines, index) || ReviewSummaryBox.Is(lines, index) || ReviewScoreBox.Is(lines, index) || VenueInfoBox.Is(lines, index) || SubmitterLine.Is(text) || DeskByline.Is(text)
            || IsTypedListItem(index) || SalutationLine.Is(text) || HanziStaffLinesUnderText.Read(text) is not null || DateLineWithSectionLabel.Is(text) || NeighbourPostLinks.Is(lines, index, end))
        {
            return false;
        }

        return !lines.TryReadMetadata(index, out _) && TagLineParser.TryRead(text) is null && BylineParser.TryReadNameBeforeRole(text) is null
            && BylineParser.TryReadNamesBeforeRole(text) is null && !IsNamesOverDate(index) && BareNamesUnderDate(index) is null
            && !IsPlaceAndPaper(text) && !IsAltTextOverCaption(index) && !IsNameAboveWithRole(index)
            && !SourceAndTownUnderName.Is(text, index > 0 && !lines[index - 1].IsBlank ? lines[index - 1].Text : null, NextNonBlank(index) is var below && below < end && lines.TryParseDate(below, out _))
            && !ContributorRole.IsRoleUnderName(text, PreviousNonBlank(index) is var above and >= 0 ? lines[above].Text : null)
            && !RunTogetherMenuRow.Is(text) && !GluedLinkRow.Is(text) && !WriterTitleUnderName.Is(lines, index, end) && !WriterTitleUnderName.Is(lines, index + 1, end);
    }

    /// <summary>
    /// A Chinese or Japanese headline's words are counted by its characters (<see cref="IdeographicWords"/>) on a text
    /// page, where nothing else tells it from the menu over it. A line that closes a sentence ("…十二班。") or runs longer
    /// keeps the spaced count, and so does every line of an HTML page, whose headline its markup gives: there a paragraph
    /// left without its full stop would read as a headline between paragraphs, and the text around it as teasers.
    /// </summary>
    private int HeadlineWords(ReadOnlySpan<char> text) =>
        ReadsHtml || text.Length > MaxIdeographicHeadline || Words.EndsSentence(text) ? Words.CountUpTo(text, 4) : IdeographicWords.CountUpTo(text, 4);

    /// <summary>A Chinese or Japanese headline runs to about 40 characters at most; a longer line without a full stop is a paragraph a page left open.</summary>
    private const int MaxIdeographicHeadline = 40;

    /// <summary>
    /// "Light rail extension … wins approval" / "Marc-André Tremblay and Simone Achebe" / "Published Feb. 21, 2024": writers'
    /// names without "By", between the headline and the date. One name counts when the date line is right under it, as a
    /// text browser prints a byline box ("Lucía Ferrer Ibarra Madrid" / "9 MAY 2017 - 14:30 CEST"), or one blank line under
    /// it, as a browser's innerText sets each of the box's blocks apart ("Julian Marchbank in New York" / "" / "The Albion
    /// Post, Tuesday 24 September 2013 19.41 BST"). Over the blank line the headline above must be no row of links ("Gadgetorium
    /// · Lifehackery · Autoblogue · Spacebound" / "Owen Pritchard" / "" / "Today 2:05pm" over a Kinja post's headline), and
    /// the date must give the hour, as a story's does ("Le Courrier.fr" / "" / "Mardi 12 mars 2013" is a masthead).
    /// </summary>
    private bool IsNamesOverDate(int index)
    {
        if (BareNames(lines[index].Text) is not { Count: var count })
        {
            return false;
        }

        // "Camila Furtado" / "Direto de Joinville" / date: the line saying where the writer filed from stands with the name.
        var under = NextNonBlank(index);
        var filedFrom = under < end && FiledFromLine.Is(lines[under].Text);
        var bylineEnd = filedFrom ? under : index;
        var date = filedFrom ? NextNonBlank(under) : under;
        return date < end && (count >= 2 || date <= bylineEnd + 2)
            && (lines.TryParseDate(date, out _) || IsDatedPublication(date)) && LineAbovePortrait(index) is var above && above >= 0 && IsHeadline(above)
            && (count >= 2 || date == bylineEnd + 1 || (!IsLinkRow(lines[above].Text) && IsStoryTime(date)));
    }

    /// <summary>The line over <paramref name="index"/>, passing over the writer's portrait printed as its file name.</summary>
    private int LineAbovePortrait(int index)
    {
        var above = PreviousNonBlank(index);
        return above >= 0 && PictureFileLine.IsAny(lines[above].Text) ? PreviousNonBlank(above) : above;
    }

    /// <summary>The line under <paramref name="index"/>, passing over the writer's portrait printed as its file name.</summary>
    private int LineBelowPortrait(int index)
    {
        var below = NextNonBlank(index);
        return below < end && PictureFileLine.IsAny(lines[below].Text) ? NextNonBlank(below) : below;
    }

    /// <summary>"18.jun.2018 às 14h30", "Today 2:05pm": a story's time carries the hour; a masthead's day ("Mardi 12 mars 2013") does not.</summary>
    private bool IsStoryTime(int index) =>
        lines.TryParseDate(index, out var time) ? !time.IsDateOnly : lines.TryReadMetadata(index, out var found) && found.Time is { IsDateOnly: false };

    /// <summary>"Gadgetorium · Lifehackery · Autoblogue · Spacebound", "Home | News | Sports": three items or more parted by dots or bars.</summary>
    private static bool IsLinkRow(string text) => text.AsSpan().Count(" · ") >= 2 || text.AsSpan().Count(" | ") >= 2;

    /// <summary>
    /// "Leah Fairbanks" / "Leah Fairbanks Congressional Reporter, The Harrington Post": a contributor box prints the writer's
    /// name, then the name again with the job and the paper, a line too long for a job title alone; it is no headline.
    /// </summary>
    private bool IsNameAboveWithRole(int index)
    {
        var above = PreviousNonBlank(index);
        if (above < 0 || lines[above].Text is not { Length: > 0 and <= 40 } name || !lines[index].Text.StartsWith(name, StringComparison.Ordinal)
            || lines[index].Text.Length == name.Length || lines[index].Text[name.Length] != ' ')
        {
            return false;
        }

        return Words.CountUpTo(name, 4) is 2 or 3 && Words.LooksLikePersonName(name) && BylineParser.IsRole(lines[index].Text[name.Length..].TrimStart().Split(", ")[0]);
    }

    /// <summary>
    /// "The Sentinel, Thursday 5 December 2013 17.42 GMT": a date line naming the publication, no writer. A paper's name
    /// of more words ("The Albion Post, Tuesday 24 September 2013 19.41 BST") reads as the paper signing as itself.
    /// </summary>
    private bool IsDatedPublication(int index) =>
        lines.TryReadMetadata(index, out var found) && found.Time is not null && (found.Authors is null || IsPaperSigning(found.Authors));

    /// <summary>"The Albion Post": a paper signing as itself, which gives way to the writer named over it ("Julian Marchbank in New York").</summary>
    private static bool IsPaperSigning(List<string> names) => names is [var only] && only.StartsWith("The ", StringComparison.Ordinal);

    /// <summary>
    /// A headline stands above its byline: a headline-like line under "By …" (a picture's caption) is not the title when
    /// one stands above the byline. Date lines and share rows may stand between.
    /// </summary>
    private int? HeadlineAboveByline(int index)
    {
        var i = PreviousNonBlank(index);
        // The picture's alt text printed over its caption is the caption's copy ("Raj Bhatti outside his shop …" twice).
        while (i >= 0 && IsHeadline(i) && (lines[i].Text == lines[index].Text || StackedPictureCaptions.Are(lines[i].Text, lines[index].Text)))
        {
            i = PreviousNonBlank(i);
        }

        var sawByline = false;
        var sawNames = false;
        var sawSignedByline = false;
        while (i >= 0 && (!IsHeadline(i) || IsCaptionOverCreditUnderByline(i) || NewsAlertTicker.Is(lines[i].Text)))
        {
            var text = lines[i].Text;
            if (IsCaptionOverCreditUnderByline(i))
            {
                i = PreviousNonBlank(i);
                continue;
            }

            // "Dana Kessler" / "Jun. 4, 2013, 2:41 PM": a bare name right over the date is a byline too.
            if ((lines.TryReadMetadata(i, out var found) && found.Authors is not null) || BylineParser.TryReadNameBeforeRole(text) is not null
                || IsNamesOverDate(i) || IsNameBeforePublication(text))
            {
                sawByline = true;
                sawNames = true;
                sawSignedByline |= found.Authors is not null;
            }
            else if (IsLabelledDate(i) || DateBeforePlaceNames.Is(text))
            {
                sawByline = true;
            }
            // "on March 11, 2013 at 6:15 PM, updated March 12, 2013 at 8:40 AM" stands with the byline too, and so does the
            // lead picture's caption between the byline and a short first sentence of the text ("It took five seasons, but …").
            else if (!BylineParser.IsRole(text) && Words.Count(text) > 4 && !lines.TryParseDate(i, out _) && found.Time is null && !lines.IsBoilerplate(i)
                && !TryReadPublishedBeforeUpdate(text, out _) && !lines.IsCaption(i) && !IsCaptionAboveCredit(i))
            {
                return null;
            }

            i = PreviousNonBlank(i);
        }

        if (sawByline && !sawNames && IsHeadlineUnderDateLines(index))
        {
            return null;
        }

        // "Corliss Valley Courier" / "Tuesday, September 24, 2013" under the top bar, then the menu, then the headline over
        // "By Derek Mahler, Staff Writer": a line right over a signed byline is the headline, and a bare name over a date
        // above it (the masthead's) makes it no caption.
        if (sawNames && !sawSignedByline && IsOverNamedByline(index))
        {
            return null;
        }

        if (sawByline && i >= 0 && StartsWithListMarker(lines[i].Text) && PointsUnderHeadline(i) is { } points)
        {
            return PreviousNonBlank(points);
        }

        // A tabloid's summary points printed without their bullets, one a line, between the headline and the byline.
        if (sawByline && i >= 2 && IsLastOfStackedPoints(i) && TopOfSummaryRun(i) is var runHeadline && runHeadline < i - 2)
        {
            return runHeadline;
        }

        return sawByline && i >= 0 && !TopicRow.IsOver(lines[i].Text, lines[index].Text) ? i : null;
    }

    /// <summary>
    /// "Published: Friday September 27, 2013 MYT 12:00:00 AM" / "Updated: …" / "Penang ferry fares to go up …" / "BY LIM
    /// SIEW PENG": a template that prints the labelled dates over the headline sets the writer's byline right under it.
    /// A line with a named byline under it and only date lines over it is the headline, not a deck under a byline.
    /// </summary>
    private bool IsHeadlineUnderDateLines(int index) => IsOverNamedByline(index);

    /// <summary>
    /// "Kenyan President says … after four-day siege" / "At least 67 people killed …" / "Three floors … collapsed …": three
    /// or more headline-like lines with no blank line between them, the last over the byline, are summary points.
    /// </summary>
    private bool IsLastOfStackedPoints(int index) =>
        !lines[index - 1].IsBlank && !lines[index - 2].IsBlank && IsHeadline(index - 1) && IsHeadline(index - 2);

    /// <summary>
    /// "Jenna Marlowe and Drew Castellano" / "Jeff Rosen/FilmPix": a picture's caption, names alone, right over its credit,
    /// with a "By …" byline above it. Its names are the picture's people, not a byline, and it is no headline.
    /// </summary>
    private bool IsCaptionOverCreditUnderByline(int index)
    {
        var next = NextNonBlank(index);
        if (next >= end || next != index + 1 || !CaptionDetector.IsCreditOnly(lines[next].Text) || Words.EndsSentence(lines[index].Text)
            || lines[index].Text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = PreviousNonBlank(index); i >= 0 && index - i <= 10; i = PreviousNonBlank(i))
        {
            // "By Nicole Tran" or, as other sites print it, "BY NICOLE TRAN", "Written by Nicole Tran", "Posted by Nicole Tran".
            if (BylineParser.OpensAsByline(lines[i].Text) && lines.TryReadMetadata(i, out var found) && found.Authors is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Posted: Tuesday, September 17, 2013 12:00 am": the story's own date, labelled, as a byline stands under its
    /// headline; the date of the day a masthead prints carries no label.
    /// </summary>
    private bool IsLabelledDate(int index)
    {
        var text = lines[index].Text.AsSpan().TrimStart();
        var space = text.IndexOf(' ');
        return space > 0 && DateWords.TryGet(text[..space].TrimEnd(':'), out var kind, out _) && kind == DateWords.Kind.Filler
            && char.IsUpper(text[0]) && lines.TryParseDate(index, out var time) && time.Date is not null;
    }

    /// <summary>
    /// "Why Your Old Phone Still Works Better Than You Think" / "Repair shops say … costs $40.": headlines end without a
    /// full stop, so a headline-like sentence right under one is its standfirst.
    /// </summary>
    private int? HeadlineAboveSentence(int index)
    {
        var text = lines[index].Text.AsSpan().TrimEnd();
        var above = PreviousNonBlank(index);
        if (text[^1] != '.' || text.EndsWith("...", StringComparison.Ordinal) || above < 0 || !IsHeadline(above) || IsUnderSummaryLabel(above)
            || lines[above].Text.AsSpan().TrimEnd() is var headline && (headline[^1] == '.' || (headline.Length >= text.Length && !IsShortDeckOverByline(headline, index) && !MarginDeckUnderHeading.Is(lines, above, index, end))))
        {
            return null;
        }

        _standfirst = index;
        return above;
    }

    /// <summary>
    /// "Gulls 27, Hammers 24: Five things we learned" / "A sloppy win is still a win." / "By Name": a short deck over the
    /// byline, with the writer's picture printed as its file name between them or not.
    /// </summary>
    private bool IsShortDeckOverByline(ReadOnlySpan<char> headline, int deck) =>
        ShortDeckUnderHeadline.Is(headline, lines[deck].Text) && LineBelowPortrait(deck) is var below && below < end
        && ((lines.TryReadMetadata(below, out var found) && found.Authors is not null) || IsUnmarkedBylineBox(below));

    /// <summary>The title-case headline right above a sentence-case deck, or null (<see cref="TitleCaseHeadline"/>).</summary>
    private int? TitleCaseHeadlineOver(int deck)
    {
        var above = PreviousNonBlank(deck);
        if (above < 0 || deck - above > 2 || !IsHeadline(above) || IsUnderSummaryLabel(above) || !TitleCaseHeadline.IsOverDeck(lines[above].Text, lines[deck].Text)
            || SiteTaglineOverHeadline.Is(lines, above, deck, end) || IsLaterItemOfRelatedList(above))
        {
            return null;
        }

        _standfirst = deck;
        return above;
    }

    /// <summary>The headline under a writer card's date, over its subtitle, or null (<see cref="HeadlineUnderWriterCard"/>).</summary>
    private int? HeadlineUnderWriterCardOver(int deck)
    {
        if (HeadlineUnderWriterCard.Over(lines, deck, IsHeadline) is not (>= 0 and var headline))
        {
            return null;
        }

        _standfirst = deck;
        return headline;
    }

    /// <summary>
    /// Summary points printed under a headline ("He spent forty minutes …" / "Officers praised …"): in a run of three or
    /// more headline-like lines, the first is the headline.
    /// </summary>
    private int TopOfSummaryRun(int index)
    {
        var top = index;
        // A list's short items ("+ Added Lanterns") belong to the run of its longer ones.
        while (top > 0 && !lines[top - 1].IsBlank && (IsHeadline(top - 1) || StartsWithListMarker(lines[top - 1].Text)))
        {
            top--;
        }

        // "La juez cita a …" / blank / two or three subtitles: a headline set apart above the run heads it.
        if (index > top && PreviousNonBlank(top) is var headline && headline >= 0 && headline < top - 1 && IsHeadline(headline))
        {
            return headline;
        }

        // "Story Highlights" over the bullets: the headline stands above the label, and above its byline, date and share
        // rows when the page prints them between. Without a label, a run of three makes the points.
        // A caption or the text's first lines right under the points (their label set apart above them) are no headline.
        var label = PreviousNonBlank(top);
        label = label >= 0 && SummaryLabelAbove(label) is >= 0 and var labelAbove ? labelAbove : label;
        if (label < 0 || !SummaryLabels.Contains(lines[label].Text.AsSpan().Trim(" :")))
        {
            return index - top < 2 ? index : top;
        }

        var above = PreviousNonBlank(label);
        while (above >= 0 && !IsHeadline(above) && (lines.IsBoilerplate(above) || IsUnderVideoLabel(above) || lines.TryReadMetadata(above, out _)))
        {
            above = PreviousNonBlank(above);
        }

        return above >= 0 && IsHeadline(above) ? above : top;
    }

    /// <summary>
    /// A summary sentence printed under the headline ("Divers mapped 410 hectares …, raising hopes …"): right under a
    /// headline-like line it is at least 1.25 times as long as (kickers above a headline are a few words, far shorter).
    /// </summary>
    private bool IsStandfirstUnder(int index, out int headline)
    {
        headline = CountBadgeUnderHeadline.Over(lines, PreviousNonBlank(index), index);

        var length = lines[index].Text.Length;
        var longEnough = length >= (headline == index - 1 ? AdjacentStandfirstLength : StandfirstLength);
        return headline >= 0 && headline != _tagline && !BlogTagline.Is(lines[headline].Text) && !IsUnderBlogName(headline) && !IsUnderSummaryLabel(headline)
            && !SiteTaglineOverHeadline.Is(lines, headline, index, end)
            && !IsMarginHeadingUnderText(index, headline) && !CapitalsOverTitleCase.Is(lines[headline].Text, lines[index].Text) && ((IsHeadline(headline)
            && ((longEnough && lines[headline].Text.Length * 5 <= length * 4) || IsDeckOverByline(index, headline, longEnough)))
            || (longEnough && IsShortTitleOverDeck(headline, index)));
    }

    /// <summary>
    /// "<c>   </c>The Pemberton Post TRAVEL" / "Airline Fees Hit Record As Carriers Charge …": <c>lynx -dump</c> prints headings
    /// at the margin and every other block three spaces in, so a margin line under an indented one is a heading, never
    /// the deck of the line above it. A centred line is lynx's centred <c>h1</c>, whose deck is printed at the margin.
    /// </summary>
    private bool IsMarginHeadingUnderText(int index, int above) =>
        lines[index].Indent == 0 && lines[above].Indent > 0 && !lines[above].Centred;

    /// <summary>A member blog's "A New York Giants community", or any blog's tagline right under its name.</summary>
    private bool IsBlogTaglineLine(int index) =>
        CommunityTagline.Is(lines[index].Text) || BlogTagline.Is(lines[index].Text) || IsUnderBlogName(index);

    /// <summary>"Rick's Weather Blog" / "Chief Meteorologist Rick Solano talks weather with you": the blog's tagline, right under its name.</summary>
    private bool IsUnderBlogName(int index) =>
        index > 0 && !lines[index - 1].IsBlank && BlogNameTagline.Is(lines[index - 1].Text, lines[index].Text);

    /// <summary>
    /// "The Salt Year" / "On a winter spent keeping the roads open, and what it did to my sense of time" / "by Annelise
    /// Varga": an essay's title of two or three words over a deck twice its length and the byline. A kicker is a section's
    /// name, printed again in the menus, or is set in capitals; a breadcrumb ("Actualité > Société") is navigation.
    /// </summary>
    private bool IsShortTitleOverDeck(int title, int deck)
    {
        var text = lines[title].Text;
        if (Words.Count(text) is < 2 or > 3 || text.Length * 2 > lines[deck].Text.Length || !char.IsUpper(text[0]) || !text.AsSpan().ContainsAnyInRange('a', 'z')
            || Words.EndsSentence(text) || !(lines.StandsAlone(title) ? !lines.IsMenuItem(title) : IsUnderIssueLine(title, deck)) || lines.IsBoilerplate(title) || lines.TryParseDate(title, out _)
            || NavigationLine.Is(text) || BoilerplateFilter.IsRelatedHeading(text) || !EssayDeck.OpensAsPhrase(lines[deck].Text))
        {
            return false;
        }

        var byline = NextNonBlank(deck);
        if (byline >= end || !lines.TryReadMetadata(byline, out var found) || found.Authors is null)
        {
            return false;
        }

        // Printed again, also as an item of a text browser's menu list ("* Local News").
        for (var i = 0; i < lines.Count; i++)
        {
            if (i != title && CommentLine.StripMarker(lines[i].Text, out _).Trim().SequenceEqual(text.AsSpan().Trim()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Essays" / "Issue 42, Winter 2016" / "The Salt Year" / "On a winter spent …": printed with no blank line round it (a
    /// scraper's one line per element), the essay's title stands right under the magazine's issue or date line, a short
    /// line with a figure in it, and right over its deck. A menu's item has other items round it, none with a figure.
    /// </summary>
    private bool IsUnderIssueLine(int title, int deck)
    {
        if (deck != title + 1 || title == 0 || lines[title - 1].IsBlank)
        {
            return false;
        }

        var above = lines[title - 1].Text;
        return above.Length <= IssueLineLength && Words.HasDigit(above) && !Words.EndsSentence(above);
    }

    /// <summary>"Issue 42, Winter 2016", "Vol. 12, No. 3 · Spring 2019": an issue line is short.</summary>
    private const int IssueLineLength = 40;

    /// <summary>
    /// A second headline-like line between a full headline and the byline is the standfirst (the deck), unless the pair
    /// ends a run of summary points. Longer than the headline ("Council delays Westgate rezoning vote after four-hour
    /// hearing" / "Residents packed City Hall …; the vote is now set for Feb. 24" / "By …"), the headline has six words or
    /// more (no kicker) and a byline or date follows; shorter ("Exclusive: Holloway Pines Detail Comeback LP …" /
    /// "Reunited Austin band's first album in five years arrives …" / "By …"), names follow (or a blogging platform's
    /// "Name" / "Follow" / date byline), and the headline is not set in capitals, as a kicker over a headline may be.
    /// </summary>
    private bool IsDeckOverByline(int index, int headline, bool longEnough)
    {
        var below = NextNonBlank(index);
        var top = PreviousNonBlank(headline);
        var kickerAbove = top >= 0 && SectionKickerInMenu.Is(lines, top);
        // "Big Blue Huddle" / "A New York Giants community" over the headline: the blog's tagline is no headline above it.
        if (below >= end || (top >= 0 && IsHeadline(top) && !kickerAbove && !IsBlogTaglineLine(top)))
        {
            return false;
        }

        // "Reunited Austin band's first album …" / "September 17, 2013 2:30 PM ET" / "By Jordan Ecklund": a theme that prints
        // the date over the byline sets the deck over the date line; the byline under it counts as the line under the deck.
        below = DateOverByline.BylineUnder(lines, below, end, NextNonBlank(below));

        var deck = lines[index].Text;
        var over = lines[headline].Text;
        // "KLBX 11 News - Lubbock, Texas" over the headline: the site's masthead, no headline over a deck.
        if (StationMastheadWithPlace.Name(over) is not null)
        {
            return false;
        }

        // A byline box with no "By" (the name over the role, the name and the role on one line, the name over the date) marks
        // the line over it as the deck as surely as a labelled date does.
        if (deck.Length > over.Length && Words.Count(over) >= 6 && IsUnmarkedBylineBox(below))
        {
            return true;
        }

        return deck.Length > over.Length
            ? (longEnough || kickerAbove || (IsLabelledDate(below) && !Words.EndsSentence(deck)) || IsTwoClauseDeck(deck) || AdjacentTitleCaseDeck.Is(lines, end, index, headline)) && Words.Count(over) >= 6
                && (lines.IsBylineOrDate(below) || BareNameBylineOverDate.Is(lines, below, end))
            : over.AsSpan().ContainsAnyInRange('a', 'z') && ((!Words.EndsSentence(deck)
                && ((lines.TryReadMetadata(below, out var byline) && byline.Authors is not null) || FollowButtonByline.Is(lines, below, end) || NameCommaRoleByline.Is(lines[below].Text)
                    || BareNameBylineOverDate.Is(lines, below, end)))
                || (QuotedSentenceDeck.Is(deck) && lines.IsBylineOrDate(below)));
    }

    /// <summary>
    /// "MICHAEL THÉRIAULT" / "Staff Reporter", "Gráinne Ní Fhloinn, Health Correspondent", "Lerato Khumalo" (or "Lerato
    /// Khumalo and Sipho Ndlovu") / "27 Sep 2013 10:41 SAST": a byline box printed without "By".
    /// </summary>
    private bool IsUnmarkedBylineBox(int index) =>
        IsNameOverRole(index) || NameCommaRoleByline.Is(lines[index].Text) || BareNameBylineOverDate.Is(lines, index, end) || IsNamesOverDate(index);

    /// <summary>
    /// "MICHAEL THÉRIAULT" / "Staff Reporter": a byline box a text browser prints as the writer's bare name over the role,
    /// with no "By" to mark it. Only names of two to four words are asked about the line under them.
    /// </summary>
    private bool IsNameOverRole(int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is < 5 or > 40 || Words.EndsSentence(text) || Words.Count(text) is < 2 or > 4 || !Words.LooksLikePersonName(text))
        {
            return false;
        }

        var role = NextNonBlank(index);
        return role < end && role <= index + 2 && BylineParser.IsRole(lines[role].Text) && Words.Count(lines[role].Text) <= 4;
    }

    /// <summary>
    /// "Neighbors vow appeal; county to weigh moratorium Aug. 7": a newspaper's deck joins two short clauses with a
    /// semicolon and no full stop, each a headline of its own.
    /// </summary>
    private static bool IsTwoClauseDeck(string deck)
    {
        var semicolon = deck.IndexOf("; ", StringComparison.Ordinal);
        return semicolon > 0 && deck.IndexOf("; ", semicolon + 2, StringComparison.Ordinal) < 0 && !Words.EndsSentence(deck)
            && Words.Count(deck.AsSpan(0, semicolon)) >= 2 && Words.Count(deck.AsSpan(semicolon + 2)) >= 3;
    }

    /// <summary>
    /// A standfirst that ends like a sentence ("Half of the broken toasters … taught us more.") stands between the
    /// headline and the byline or date line; the prose starts under those.
    /// </summary>
    private bool IsStandfirstAboveByline(int index)
    {
        // "Editor's Note: Name is a senior fellow at …" over the byline is the post's own note on its writer.
        if (EditorsNote.Opens(lines[index].Text))
        {
            return false;
        }

        var above = PreviousNonBlank(index);
        var below = NextNonBlank(index);
        // A picture ("Image 1 of 2" / caption), a share row, the picture's alt text over its caption and the tags line
        // ("Mots clés : Vin, Alsace") may stand between the standfirst and the byline.
        for (var skipped = 0; below < end && skipped < 4 && IsBetweenStandfirstAndByline(below); skipped++)
        {
            below = NextNonBlank(IsPictureAltOverCaption(below) ? NextNonBlank(below) : below);
        }

        // The date line and share rows may stand between the headline and the standfirst.
        while (above >= 0 && index - above <= 8 && !IsHeadline(above) && (lines.IsBoilerplate(above) || lines.TryParseDate(above, out _)))
        {
            above = PreviousNonBlank(above);
        }

        // "Javier Ortuño y Elena Sastre | Madrid" over the date: two writers' bare names, the place after a bar.
        return knownTitle is null && above >= 0 && below < end && IsHeadline(above)
            && (lines.IsBylineOrDate(below)
                || IsBareNameOverDate(below) || BareNameBylineOverDate.Is(lines, below, end) || IsWritersNamesOverDate(below));
    }

    /// <summary>
    /// "Julia Carrie Wong and Sam Levin" / "Tuesday 29 November 2016 15.26 EST": two or more writers' bare names on one line
    /// over the date, under a standfirst (<see cref="IsNamesOverDate"/> asks the same under the headline).
    /// </summary>
    private bool IsWritersNamesOverDate(int index) =>
        BylineParser.TryReadBareNames(lines[index].Text) is { Count: >= 2 } && NextNonBlank(index) is var date && date < end && lines.TryParseDate(date, out _);

    private bool IsBetweenStandfirstAndByline(int index) =>
        lines.IsCaption(index) || lines.IsBoilerplate(index) || IsUnpunctuatedCaptionUnderCredit(index) || CaptionDetector.IsCreditOnly(lines[index].Text) || CaptionDetector.IsAgencyOnly(lines[index].Text)
        || TagLineParser.TryRead(lines[index].Text) is { Count: > 0 } || IsPictureAltOverCaption(index);

    /// <summary>
    /// "Strommast bei Kassel" / "Strommast bei Kassel: Die neue Leitung soll 2019 in Betrieb gehen" / "dpa": the lead
    /// picture's caption under the alt text it repeats, wherever it stands in the header (a news magazine prints it between
    /// the teaser and the "Von Name, Ort" line); the agency under it is its credit.
    /// </summary>
    private bool IsCaptionUnderAltText(int index) =>
        _standfirst >= 0 && index > _standfirst && Authors.Count == 0
        && PreviousNonBlank(index) is var alt && alt > _standfirst && index - alt <= 2 && IsPictureAltOverCaption(alt);

    /// <summary>"Strommast bei Kassel" / "Strommast bei Kassel: Die neue Leitung …": the picture's alt text over the caption it opens.</summary>
    private bool IsPictureAltOverCaption(int index) =>
        NextNonBlank(index) is var caption && caption < end && !Words.EndsSentence(lines[index].Text) && !StartsWithListMarker(lines[index].Text)
        && Words.Count(lines[caption].Text) > Words.Count(lines[index].Text) && !lines.IsBoilerplate(index) && !lines.IsBoilerplate(caption)
        && !lines.TryParseDate(index, out _) && !lines.TryParseDate(caption, out _) && PictureAltText.Echoes(lines[index].Text, lines[caption].Text);

    /// <summary>"dpa/Frank Rumpenhorst" / "Möblierte Wohnung in Frankfurt: …": a portal prints the credit over the caption, which ends in no full stop.</summary>
    private bool IsUnpunctuatedCaptionUnderCredit(int index)
    {
        var above = PreviousNonBlank(index);
        return above >= 0 && index - above == 1 && lines[index].Text.Length < 200 && !Words.EndsSentence(lines[index].Text)
            && CaptionDetector.IsCreditOnly(lines[above].Text) && !CaptionDetector.IsCreditOnly(lines[index].Text) && !lines.IsBoilerplate(index);
    }

    /// <summary>
    /// Spanish and Italian papers print two or three subtitles, each a sentence on its own line, between the headline
    /// and the byline; a run of such lines with the headline over it and the byline or date under it is no text.
    /// </summary>
    private bool IsSubtitleOverByline(int index)
    {
        if (!Words.EndsSentence(lines[index].Text))
        {
            return false;
        }

        int first = index, last = index;
        while (first > 0 && !lines[first - 1].IsBlank && Words.EndsSentence(lines[first - 1].Text) && index - first < 3)
        {
            first--;
        }

        while (last + 1 < end && !lines[last + 1].IsBlank && Words.EndsSentence(lines[last + 1].Text) && last - index < 3)
        {
            last++;
        }

        var above = PreviousNonBlank(first);
        var below = NextNonBlank(last);
        return last > first && knownTitle is null && above >= 0 && below < end && IsHeadline(above)
            && (lines.IsBylineOrDate(below)
                || IsBareNameOverDate(below));
    }

    /// <summary>
    /// "Amara Whitfield" / "Nov 2, 2023 • 4 min read": a writer's name over the date, printed once or twice (a list item,
    /// then the name). The last item of a menu's list ("• Netze" / "• Open Source" / the date) is no writer's.
    /// </summary>
    private bool IsBareNameOverDate(int index)
    {
        if (StartsWithListMarker(lines[index].Text) && PreviousNonBlank(index) is var above && above >= 0 && StartsWithListMarker(lines[above].Text))
        {
            return false;
        }

        var i = index;
        for (var names = 0; names < 2 && i < end && IsBareName(CommentLine.StripMarker(lines[i].Text, out _).ToString()); names++)
        {
            i = NextNonBlank(i);
        }

        // "Juliana Mattos" / "Do Portal Velho Chico, em Petrolina" / the date: the paper and town under the name.
        if (i > index && i < end && SourceAndTownUnderName.Is(lines[i].Text, lines[i - 1].IsBlank ? null : lines[i - 1].Text, dateBelow: true))
        {
            i = NextNonBlank(i);
        }

        // "Angela Watercutter" / "Culture" / "11.11.2019 10:41 AM": a magazine sets the story's section between them.
        if (i > index && i < end && IsSectionWord(lines[i].Text))
        {
            i = NextNonBlank(i);
        }

        return i > index && i < end && (lines.TryParseDate(i, out _) || (lines.TryReadMetadata(i, out var found) && found.Time is not null));
    }

    /// <summary>
    /// "Par Antoine Lemaire" / "Publié le …" / "Réactions (23)" / chapô / the lead picture's caption / text: a French or
    /// Spanish standfirst stands under the byline block, set apart from the text by the lead picture.
    /// </summary>
    private bool IsStandfirstAbovePicture(int index)
    {
        if (PictureUnderStandfirst.OpensWithPlace(lines[index].Text) || AttributedLede.Is(lines[index].Text))
        {
            return false;
        }

        var above = PictureUnderStandfirst.BylineBlockAbove(lines, index);
        // "Publié le … à 14h05 - Mis à jour le …" / "Réagir (7) | Imprimer | …": a time line over the share row heads the byline block.
        var overShareRow = above != PreviousNonBlank(index);
        var caption = PictureUnderStandfirst.CaptionUnder(lines, index, end);
        var text = caption >= 0 ? PictureUnderStandfirst.TextUnderToolRow(lines, PictureUnderStandfirst.TextUnderPoints(lines, NextNonBlank(caption), end), end) : end;
        // "Riders line up at the station agent's booth …" / "Photo: Isabel Kwan, The Chronicle": a line over a bare credit is its caption.
        return knownTitle is null && above >= 0 && text < end && !(caption == NextNonBlank(index) && CaptionDetector.IsCreditOnly(lines[caption].Text)) && !HasDeckOverBylineBlock(above)
            && (overShareRow || !NamedBylineOverText.Is(lines, above))
            && (lines.TryParseDate(above, out _) || lines.DeclaredCount(above) is not null || (lines.TryReadMetadata(above, out var found) && (found.Authors is not null || (overShareRow && found.Time is not null))))
            && lines[text].Text.Length >= ProseLength && Words.EndsSentence(lines[text].Text);
    }

    /// <summary>
    /// "El Ayuntamiento … en enero" / "Solo podrán entrar vecinos, …" / "Lucía Ferrer | Valdeluna" / "25/09/2013 - 11:20 CEST" /
    /// "Comentarios (5)" / lead / caption: a page prints one standfirst; with the deck under the headline over the byline
    /// block, the line between that block and the lead picture is the text's first paragraph.
    /// </summary>
    private bool HasDeckOverBylineBlock(int blockEnd)
    {
        const int MaxBlockLines = 4;
        var line = blockEnd;
        for (var steps = 0; steps < MaxBlockLines && line >= 0; steps++)
        {
            var isBlockLine = lines.TryParseDate(line, out _) || lines.DeclaredCount(line) is not null || BareNameBylineOverDate.Is(lines, line, end)
                || (lines.TryReadMetadata(line, out var found) && (found.Authors is not null || found.Time is not null));
            if (!isBlockLine)
            {
                // "Mots clés : Vélo, Bordeaux, …" between the headline and the byline is the tags line, no deck.
                return steps > 0 && TagLineParser.TryReadLabelled(lines[line].Text) is null && IsStandfirstUnder(line, out _);
            }

            line = PreviousNonBlank(line);
        }

        return false;
    }

    /// <summary>"10:32 PM" / "Dana Whitcomb" / text: a live blog's entry names its writer under its time, as a byline does.</summary>
    private bool IsEntryWriter(int index) =>
        IsBareName(lines[index].Text) && PreviousNonBlank(index) is var time && time >= 0 && lines.TryParseDate(time, out var clock) && clock.IsTimeOnly
        && NextNonBlank(index) is var next && next < end && IsProse(next);

    /// <summary>
    /// "20 Nov 2013 14:05 SAST" / "Lindiwe Mokoena, Pieter van Wyk": writers' names without "By", right under the date line;
    /// a headline in title case joining two short phrases with a comma stands elsewhere.
    /// </summary>
    private List<string>? BareNamesUnderDate(int index)
    {
        var previous = PreviousNonBlank(index);
        return previous >= 0 && lines.TryParseDate(previous, out _) && BareNames(lines[index].Text) is { Count: >= 2 } names
            && !string.Equals(Whitespace.Collapse(lines[index].Text), Title, StringComparison.OrdinalIgnoreCase)
            ? names
            : null;
    }

    /// <summary>"Colin Abernathy": a writer's name alone on its line, as bylines without "By" print it.</summary>
    /// <remarks>
    /// Asked of every body line: the name test turns a long line down by its length before any word is counted. "Bron:
    /// Belga" on its line is an agency's source label, capitalised as a name is.
    /// </remarks>
    private static bool IsBareName(string text) =>
        BylineParser.IsWritersName(NameFromPlace.WithoutPlace(AgencyContribution.Without(PortraitAltBeforeName.Strip(text)))) && SourceCredit.Start(text) != 0;

    /// <summary>"  • Corinne Abara": the writer's name printed as a list item (w3m's bullet after its indent) is the name alone.</summary>
    private static string WithoutListMarker(string text) => Whitespace.Collapse(CommentLine.StripMarker(text.Trim(), out _).ToString());

    /// <summary>
    /// "Colin Abernathy", "Marc-André Tremblay and Simone Achebe", "Lindiwe Mokoena, Pieter van Wyk", "Teddy Ng in Beijing
    /// and agencies": writers' names alone on their line.
    /// </summary>
    /// <remarks>
    /// "• Rowena Castle in Kiev and Toby Marchant in Brussels": a byline set as a list item names two writers or more; one
    /// name-like item ("• Middle East") is a menu's.
    /// </remarks>
    private static List<string>? BareNames(string text) =>
        text.Length > 2 && text[0] is '•' or '*' && text[1] == ' ' ? BylineParser.TryReadBareNames(text[2..]) ?? WriterInPlace(text[2..])
        : NameCommaAgency.TryRead(text) is { } agencyWriter ? [agencyWriter]
        : NameBarHandle.TryRead(text) is { } handled ? [handled]
        : NameDashOutlet.TryRead(text) is { } channelWriter ? [channelWriter]
        : IsBareName(text) ? [Whitespace.Collapse(NameFromPlace.WithoutPlace(AgencyContribution.Without(PortraitAltBeforeName.Strip(text))))]
        : NameInPlaceAndAgencies.TryRead(text) is { } signed ? [signed] : BylineParser.TryReadBareNames(text);

    /// <summary>"* Julian Marchbank in New York": a broadsheet's byline box printed as a list, the writer's item filed from a place.</summary>
    private static List<string>? WriterInPlace(string text) =>
        NameFromPlace.WithoutPlace(text) is var name && name.Length < text.Length && BylineParser.IsWritersName(name) ? [name] : null;

    /// <summary>
    /// A line between the title and the prose: a bare author name, a caption, or a role and section label to drop.
    /// In an article's own markup, a headline-like line under the shown title is the body's first subheading (a live
    /// blog's first update), since kickers and section labels stand above the title.
    /// </summary>
    private void ReadHeaderLine(int index, bool afterShownTitle)
    {
        var text = lines[index].Text;
        // "Increase Text Size Decrease Text Size Print Email Your say (4)": the tool row, read for its count, is no caption.
        if (ToolRowCount.Read(text) is not null)
        {
            return;
        }

        // "Source:" / "Kessington Marine Institute" over the text: a science news site's release names the institution that
        // issued it, no writer, however much its name reads like one ("Ludwig-Maximilians-Universität München").
        if (SourceLabel.IsUnder(lines, index))
        {
            return;
        }

        // "GARRISON, IA (KQTV) -" alone over the first paragraph: the story's dateline, printed apart, opens the text.
        if (LoneDateline.IsAlone(text) && NextNonBlank(index) is var paragraph && paragraph < end && LoneDateline.OpensParagraph(lines[paragraph].Text))
        {
            Body.Add(Whitespace.Collapse(text));
            return;
        }

        // "JAILED: Lee Barton" under the byline: a British regional paper's mugshot caption.
        if (Authors.Count > 0 && CapitalsLabelMugshotCaption.Is(text))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        // "Renata Solis / WKPR" under the lead picture's caption is its credit, though it reads like a byline.
        // "Image: Fenwick University" under the caption: a text dump's credit line loses its picture label.
        if (IsCreditUnderCaption(index))
        {
            AddCaption(LabelledCreditLine.Entry(text, ReadsHtml));
            return;
        }

        // "Rudolph Brown/Photographer" over the caption: the picture's credit, though a role after the slash reads as a byline's.
        if (PhotographerRoleCredit.Is(text))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        if (IsUnpunctuatedCaptionUnderCredit(index))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        // The lead picture's caption printed twice beside its credit: kept once.
        if (CaptionEchoedAroundCredit.Is(lines, index, end, out var secondCopy))
        {
            if (!secondCopy)
            {
                AddCaption(Whitespace.Collapse(text));
            }

            return;
        }

        // "Evan Sorensen/Courier-Times" / "Parents and teachers listen to …" under the tool row: the lead picture's caption.
        if (LeadCaptionUnderToolRow.Is(lines, index, end))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        // "Dustin R. Keplinger" / "Photo provided by Oxbow County Sheriff's Office" under the byline: a mugshot's caption.
        if (Authors.Count > 0 && MugshotNameCaption.Is(lines, index) && IsCaptionOverCreditUnderByline(index))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        if (IsCaptionUnderAltText(index) || (CaptionDetector.IsAgencyOnly(text) && PreviousNonBlank(index) is var caption && caption >= 0 && IsCaptionUnderAltText(caption)))
        {
            AddCaption(Whitespace.Collapse(text));
            return;
        }

        // "Play Video" / "NBS Evening News": the programme a clip comes from reads like a bare name, but names no writer.
        if (IsProgrammeName(text) && PreviousNonBlank(index) is var videoLabel && videoLabel >= 0 && BoilerplateFilter.IsVideoLabel(lines[videoLabel].Text))
        {
            return;
        }

        // Before the bare name: "Olivia Brennock Transport Correspondent", a title in capitals, also looks like a name. The
        // publication's name under the date ("Published: 20:15 November 20, 2013" / "Gulf Ledger") is no writer's.
        if (BylineParser.TryReadNameBeforeRole(text) is { } name)
        {
            if (Authors.Count == 0)
            {
                Authors.Add(name);
            }
        }
        // "Photograph: Dina Litovsky": a labelled credit names the photographer, whom a bare-name reading of its words would
        // take for the writer.
        // "Mysteriöses MacBook" right over "Happy Halloween – Apple hat … vorgestellt (© 2018 Apple )": the picture's
        // heading, printed on the caption's next line as the figure sets them; a byline stands apart.
        // "Friendly Crews" under "We sail every hour …": the next feature card's label, between two cards (FeatureCardLabel).
        // "Related Topics" over "  • Harbour strike": a tag list's label, two capitalised words, names no writer (TagLabelAsBareName).
        else if (Authors.Count == 0 && BareNames(text) is { } bare && !lines.IsBoilerplate(index) && !string.Equals(Whitespace.Collapse(text), Site, StringComparison.OrdinalIgnoreCase)
            && !IsLabelledCreditLine(text) && !(index + 1 < end && lines.IsCaption(index + 1)) && !FeatureCardLabel.Is(lines, index, end) && !TagLabelAsBareName.Is(text))
        {
            Authors.AddRange(bare.Count == 1 ? [PlaceAfterName.Strip(bare[0], Title, lines, index, end)] : bare);
            _authorsFromBareNames = true;
        }
        else if ((BylineParser.TryReadNamesBeforeRole(text) ?? BareNamesUnderDate(index)) is { } names)
        {
            if (Authors.Count == 0)
            {
                Authors.AddRange(names);
            }
        }
        else if (IsUnderSummaryLabel(index))
        {
            // "IN SUMMARY" / two sentences: the summary under the byline, no text.
        }
        else if (Authors.Count == 0 && IsSubtitleOverByline(index))
        {
            // "Renfe atribuye …." / "Los viajeros …." / "Marta Olmedo": subtitles one per line between headline and byline.
        }
        else if (LetterHeading.OpensLetters(lines, index, end))
        {
            Body.Add(Whitespace.Collapse(text));
        }
        else if (ReadFurniture(index))
        {
            // Furniture is read once: a caption it kept is not taken again as the caption under the byline.
        }
        else if (afterShownTitle && BareNames(text) is null && LineBrokenUnderOpeningVerse.Is(lines, index, Body))
        {
            // "sing me a song" / "Mr. sunshine": the epigraph's second line, broken from the first kept as text, goes on with it.
            Body.Add(Whitespace.Collapse(text));
        }
        else if ((Words.EndsSentence(text) || SignedNote.EndsWithSignature(text) || (afterShownTitle && (IsHeadline(index) || IsTypedListItem(index))))
            && !(Words.EndsSentence(text) && IsStandfirstAboveByline(index)))
        {
            // A short deck that ends like a sentence, between the headline and the byline, is the standfirst like a long one.
            Body.Add(Whitespace.Collapse(text));
        }
        else if (Authors.Count > 0 && knownTitle is null && IsHeadline(index) && !IsSummaryPoint(index) && !IsAffiliationUnderByline(index)
            && !IsAltTextRightOverCaption(index) && !NavigationLine.Is(text) && !RepeatsTitle(text) && !OpensWithToolLink(text)
            && !DeckUnderToolRow.Is(lines, index, end) && !DotKeywordRow.IsTopicRow(text))
        {
            // A picture's caption between the byline and the text ("The bridge will return to public ownership in 2018");
            // the headline printed again there is the picture's alt text (HeadlineAltText), no caption.
            Captions.Add(Whitespace.Collapse(text));
        }
    }

    /// <summary>
    /// "Comentarios (6) | Archivado en: Universidades Becas …": the article's tool row, its first link a widget, is no
    /// caption though it stands between the byline and the text.
    /// </summary>
    private static bool OpensWithToolLink(string text) =>
        text.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar && BoilerplateFilter.IsBoilerplate(text[..bar]);

    /// <summary>
    /// "Rows of lettuce under LED lights" / "Lettuce grows under LED lights in a former department store …": the lead
    /// picture's alt text, printed right over its caption between the byline and the text; the caption alone is kept. A
    /// caption over the text's first sentence, which repeats its words, is no alt text: the caption ends in its credit, or
    /// a paragraph opening with the dateline follows it ("Rescue crews at the Voss farm near Claremont" / "Rescue crews …
    /// on Tuesday afternoon." / "CLAREMONT, MN (KMRN) - …"), so the line ending in a full stop is not the text's first.
    /// </summary>
    private bool IsAltTextRightOverCaption(int index) =>
        (index + 1 < end && !lines[index + 1].IsBlank && lines[index + 1].Text.Length > lines[index].Text.Length
            && (!Words.EndsSentence(lines[index + 1].Text) || IsOverDatelineParagraph(index + 1))
            && PictureAltText.Echoes(lines[index].Text, lines[index + 1].Text))
        || IsAltTextOverCreditedCaption(index) || IsLabelOverCreditedCaptionUnderByline(index);

    private bool IsOverDatelineParagraph(int index) =>
        NextNonBlank(index) is var next && next < end && Dateline.Opens(Whitespace.Collapse(lines[next].Text));

    /// <summary>
    /// "Protesta en la avenida del Puerto" / "Vecinos abrazados a los árboles … / Javier Cotera": under the byline, a
    /// short line right over a caption that carries its credit is the picture's alt text, not a caption of its own.
    /// </summary>
    private bool IsLabelOverCreditedCaptionUnderByline(int index) =>
        NextNonBlank(index) is var caption && caption < end && caption - index <= 2 && IsLabelOverCreditedCaption(index, caption, PictureAltText.LongestCentred);

    /// <summary>
    /// "Matatus at a city stage" / "Matatus queue for passengers at the Ambassadeur stage … PHOTO | FILE": lynx and w3m
    /// print a blank line between a picture's alt text and a caption in a paragraph of its own; the caption says it is one
    /// by its credit, and the alt text echoes its words.
    /// </summary>
    private bool IsAltTextOverCreditedCaption(int index) =>
        index + 2 < end && lines[index + 1].IsBlank && !lines[index + 2].IsBlank && lines[index + 2].Text.Length > lines[index].Text.Length
        && lines.IsCaption(index + 2) && !Words.EndsSentence(lines[index].Text)
        && (PictureAltText.Echoes(lines[index].Text, lines[index + 2].Text) || PictureAltText.NamesTheSamePerson(lines[index].Text, lines[index + 2].Text));

    /// <summary>
    /// "By Ellis Granger" / "The Front Range Post": a few words right under the byline, with no blank line between, name
    /// the writer's paper or agency; a caption stands apart from the byline. "Por Fernanda Albuquerque" / "Do Cerrado
    /// Notícias, em Campo Verde": the paper may be followed by the town the writer filed from.
    /// </summary>
    private bool IsAffiliationUnderByline(int index) =>
        index > 0 && !lines[index - 1].IsBlank && IsAffiliation(lines[index].Text)
        && lines.TryReadMetadata(index - 1, out var found) && found.Authors is not null;

    private static bool IsAffiliation(string text) =>
        Words.Count(text) <= 5
        || (text.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && Words.Count(text.AsSpan(0, comma)) <= 5
            && Words.Count(text.AsSpan(comma + 2)) <= 4 && !Words.EndsSentence(text));

    /// <summary>
    /// "Manuel Ortega Ruiz | Sevilla": a byline without "By", the writer's name and the town the story was filed from.
    /// "From the Newspaper | Khurram Abbasi": the edition the story ran in, then the writer's name.
    /// "Fernanda Olvera | El Independiente": the writer's name, then the paper's (<see cref="PublicationAfterBar"/>).
    /// </summary>
    private static bool IsNameBeforePublication(string text) =>
        text.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar && PublicationAfterBar.IsPublication(text.AsSpan(bar + 3).Trim())
        && NameBeforePlace(text) is not null;

    private static List<string>? NameBeforePlace(string text)
    {
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || text.IndexOf(" | ", bar + 3, StringComparison.Ordinal) >= 0 || Words.HasDigit(text))
        {
            return null;
        }

        var name = text[..bar].Trim();
        var place = text.AsSpan(bar + 3).Trim();
        if (EditionLabels.Contains(name) && IsBareName(place.ToString()))
        {
            return [Whitespace.Collapse(place)];
        }

        if (!(Words.Count(place) <= 2 && Words.LooksLikePersonName(place)) && !PublicationAfterBar.IsPublication(place))
        {
            return null;
        }

        // "Javier Ortuño y Elena Sastre | Madrid": two writers sharing the story, joined as a bare byline joins them.
        return IsBareName(name) ? [Whitespace.Collapse(name)] : BylineParser.TryReadBareNames(name);
    }

    /// <summary>"STORY HIGHLIGHTS" / "Residents … vote 212-97 …": one of the points under a summary label, no caption.</summary>
    private bool IsSummaryPoint(int index)
    {
        var i = index - 1;
        while (i >= 0 && !lines[i].IsBlank && IsHeadline(i))
        {
            i--;
        }

        // A text browser prints the label as a heading, a blank line above the points.
        i = i >= 1 && lines[i].IsBlank ? i - 1 : i;
        return i >= 0 && lines[i].Text.Length < 30 && SummaryLabels.Contains(lines[i].Text.AsSpan().Trim(" :"));
    }

    /// <summary>"IN SUMMARY" / "Operators say the ban will …": a sentence of the block under a summary label, up to its blank line.</summary>
    private bool IsUnderSummaryLabel(int index) => SummaryLabelAbove(index) >= 0;

    /// <summary>
    /// "Story highlights" / "House passes spending bill …" / … / "Government runs out of money Tuesday at midnight" / "House
    /// passes bill to defund health law, averting nothing" / "By Name and Name, WNN": printed with no blank line between, the
    /// line right over the byline closes the run under the label, but it is the headline, not a point, when no headline
    /// stands over the label (the points are the aside set before the story's header).
    /// </summary>
    private bool IsHeadlineUnderSummaryPoints(int index)
    {
        if (index + 1 >= end || lines[index + 1].IsBlank || !lines.TryReadMetadata(index + 1, out var byline) || byline.Authors is null
            || SummaryLabelAbove(index) is not (>= 0 and var label) || index - label < 3)
        {
            return false;
        }

        var above = PreviousNonBlank(label);
        return above < 0 || !IsHeadline(above);
    }

    /// <summary>The "Story Highlights" label over the points this line is one of, or -1.</summary>
    private int SummaryLabelAbove(int index)
    {
        // "(CNN) -- Voters in Pell Crossing …" right under the last point, where the scraper printed no blank line between:
        // a paragraph this long is the story's text, and so is every line under it.
        if (lines[index].Text.Length > LongestSummaryPoint)
        {
            return -1;
        }

        for (var i = index - 1; i >= 0 && i >= index - 6 && lines[i].Text.Length <= LongestSummaryPoint; i--)
        {
            // "Story Highlights" / (blank) / "* Leaf season brings …": a text browser sets its list a blank line under the
            // heading, and marks every point.
            if (lines[i].IsBlank)
            {
                return i > 0 && IsSummaryLabel(i - 1) && StartsWithListMarker(lines[i + 1].Text) && StartsWithListMarker(lines[index].Text) ? i - 1 : -1;
            }

            if (IsSummaryLabel(i))
            {
                return i;
            }

            // A byline or date line under the points ends them; the caption below it is the picture's. So does the first
            // sentence under an unpunctuated point ("… four times since 1993" / "(CNN) -- Voters in …").
            if (lines.TryParseDate(i, out _) || lines.TryReadMetadata(i, out _)
                || (!Words.EndsSentence(lines[i].Text) && Words.EndsSentence(lines[i + 1].Text)))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsSummaryLabel(int index) => lines[index].Text.Length < 30 && SummaryLabels.Contains(lines[index].Text.AsSpan().Trim(" :"));

    /// <summary>"… a six-week extension. | AP Photo": a caption whose credit reads like a bare name, with no byline or date in it.</summary>
    private bool IsCaptionWithoutByline(int index) =>
        lines.IsCaption(index) && (!(lines.TryReadMetadata(index, out var found) && (found.Authors is not null || found.Time is not null))
            || CaptionDetector.EndsWithDatedCredit(lines[index].Text) || ArchivePhotoMark.Opens(lines[index].Text.AsSpan().Trim()));

    /// <summary>Dates may stand above the title; names above it are the site's menus, never its authors.</summary>
    /// <summary>
    /// "Le Journal du Soir.fr | 12.03.2013 à 14h05 • Mis à jour le …" over "Par Claire Ménard": a French national's date
    /// line opens with the site's own name, printed as in its masthead; it names no writer.
    /// </summary>
    private bool IsTheSitesName(List<string> names) =>
        names.Count == 1 && Site is not null && string.Equals(names[0].Replace(" ", "", StringComparison.Ordinal), Site.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>The tags a date line or byline ends with, after a bar (<see cref="TagsAfterDateLine"/>) or glued to the date (<see cref="TagLabelAfterBylineDate"/>).</summary>
    private void ReadTagsAfterDate(string text)
    {
        // "… 6:43pm EDTTags: Ferries, Harbour Board": the tags label glued to the date (TagLabelAfterBylineDate).
        if ((TagsAfterDateLine.TryRead(text) ?? TagLabelAfterBylineDate.TryRead(text)) is { } tags)
        {
            Tags.AddRange(tags.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
        }
    }

    private bool ReadMetadata(int index, bool takeAuthors, bool aboveTitle)
    {
        if (!lines.TryReadMetadata(index, out var found))
        {
            return false;
        }

        ReadTagsAfterDate(lines[index].Text);

        // "Lena Marchetti" (a blog named after its writer, over the headline) / "—By Lena Marchetti | Tue Sep. 24, 2013": the
        // byline names a person, who is the writer; the blog's name is no site.
        // "Submitted by Millbrook Valley Register on …" over "© 2013 Millbrook Valley Register": a paper posting as itself
        // keeps its name as the site.
        if (found.Authors is [var bylineName] && IsTheSitesName(found.Authors) && Words.LooksLikePersonName(bylineName)
            && (BylineParser.OpensAsByline(lines[index].Text) || (!aboveTitle && WriterNamedSiteDateline.Is(bylineName, found))) && !string.Equals(_siteFinder?.CopyrightHolder(), bylineName, StringComparison.OrdinalIgnoreCase))
        {
            Site = null;
        }

        // "Senator Harold Quist" (a picture's alt text, read as a bare byline) / … / "By Marcus Delaney and Priya Raman": a
        // byline that says "By" outranks names read from their look alone.
        // "The Hudson Post | By Alisha Grant" over "© TheHudsonPost.com, Inc.": the name as the byline spaces it, when the
        // site was read from the copyright line's joined form.
        if (found.NameBeforeByline is { } siteName && Site is not null && string.Equals(Site, siteName.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        {
            Site = siteName;
        }

        // "By Priya Natarajan, News Editor" / "Submitted by webdesk on Tue, 09/24/2013 - 21:35": the CMS's login under the
        // byline is the account that posted the story, no second writer; its line still gives the time.
        if (found.Authors is { } account && Authors.Count > 0 && !_authorsFromBareNames && !_authorsFromAccount && SubmitterAccountName.Is(lines[index].Text, account))
        {
            takeAuthors = false;
        }

        if (found.Authors is { } names && takeAuthors && !IsTheSitesName(names)
            && (Authors.Count == 0 || (_authorsFromBareNames && !found.FromBareNames && !IsPaperSigning(names)) || (_authorsFromAccount && BylineParser.OpensAsByline(lines[index].Text) && !SubmitterAccountName.Is(lines[index].Text, names))))
        {
            Authors.Clear();
            Authors.AddRange(names);
            _authorsFromBareNames = false;
            _bylineLine = index;
            _authorsFromAccount = SubmitterAccountName.Is(lines[index].Text, names);
        }
        else if (found.Authors is { } stacked && takeAuthors && !_authorsFromBareNames && _bylineLine >= 0 && lines.PreviousNonBlank(index) == _bylineLine
            && StackedBylines.Is(lines[_bylineLine].Text, lines[index].Text))
        {
            // "By JILLIAN MARSH (@JMarshANB)" / "By OMAR FENWICK": one byline block per writer.
            StackedBylines.Extend(Authors, stacked);
            _bylineLine = index;
        }
        else if (found.Authors is { } credited && takeAuthors && !_authorsFromBareNames)
        {
            CreditRepeatingByline.Extend(Authors, credited);
        }
        else if (found.Authors is null && Authors.Count == 0 && takeAuthors && NameBeforePlace(lines[index].Text) is { } writers)
        {
            Authors.AddRange(writers);
        }

        if (found.Time is { } time)
        {
            // "By Ana Ruiz, June 18, 2022 at 6:45 am": the date and its clock are read apart, around "at".
            SetPublished(time.IsDateOnly && found.Clock is { } clock ? time.WithTimeOf(clock) : time, IsUpdateLine(lines[index].Text), aboveTitle);
        }
        else if (found.Clock is { } clock && PublishedAt is { IsDateOnly: true } date && !BoilerplateFilter.IsPlayerDuration(lines[index].Text))
        {
            PublishedAt = date.WithTimeOf(clock);
            // "Wednesday, September 25. 2013" over the headline, "Posted by Name at 14:05" under the text: the post's own
            // clock says the day above the title was the blog's date header, not a masthead's day, so a later date (a
            // sidebar's "Last comments" time) does not win over it as a date under the title would (ClockJoinsDateHeader).
            _publishedAboveTitle = false;
        }

        return true;
    }

    /// <summary>
    /// The headline again under the text, in a share box: whole, or without the tail after its dash ("Share or comment on
    /// this article:" / "Mother-of-three … station manager" under "Mother-of-three … station manager - 19 years after …").
    /// </summary>
    private bool RepeatsTitle(string text)
    {
        var line = Whitespace.Collapse(text);
        if (Title is null || !Title.StartsWith(line, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var tail = Title.AsSpan(line.Length);
        return tail.IsEmpty || (Words.Count(line) >= 5 && (tail.StartsWith(" - ") || tail.StartsWith(" – ") || tail.StartsWith(" — ")));
    }

    /// <summary>
    /// "e-mail" / "1.2k" / "shares": a share count on a line of its own, beside the share row's words; a newsletter's or a
    /// blogging platform's like and comment counts ("43" / "12" / "Share", "1.2K" alone) under the text likewise.
    /// </summary>
    private bool IsShareCount(int index)
    {
        if (!IsCountAlone(index))
        {
            return false;
        }

        if ((index > 0 && !lines[index - 1].IsBlank && lines.IsBoilerplate(index - 1))
            || (index + 1 < lines.Count && !lines[index + 1].IsBlank && lines.IsBoilerplate(index + 1)))
        {
            return true;
        }

        // "… likely to stick." / "43" / "12" / "Share": with no blank line over the counts, the share word under the
        // counts beside this one still marks them, where the block would hold the text's last paragraph.
        var next = index + 1;
        while (next < lines.Count && next - index <= MaxCountsInRow && IsCountAlone(next))
        {
            next++;
        }

        if (next > index + 1 && next < lines.Count && !lines[next].IsBlank && lines.IsBoilerplate(next))
        {
            return true;
        }

        var top = index;
        while (top > 0 && !lines[top - 1].IsBlank)
        {
            top--;
        }

        for (var i = top; i < lines.Count && !lines[i].IsBlank; i++)
        {
            if (!IsCountAlone(i) && !lines.IsBoilerplate(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A like, a comment and a restack count: a row of counts is short.</summary>
    private const int MaxCountsInRow = 3;

    private bool IsCountAlone(int index)
    {
        var count = lines[index].Text.AsSpan().Trim().TrimEnd("kKmM");
        return !count.IsEmpty && count.Length <= 6 && char.IsAsciiDigit(count[0]) && char.IsAsciiDigit(count[^1]) && !count.ContainsAnyExcept(CountCharacters);
    }

    /// <summary>"[cover.jpg]", or "* [thumb-2.jpg]": a picture printed as its file name, alone or as a gallery's list item.</summary>
    private bool IsListedPicture(int index) => PictureFileLine.IsAny(CommentLine.StripMarker(lines[index].Text, out _));

    /// <summary>
    /// "[cover.jpg]" / "14" / "* [thumb-2.jpg]" / "+10": a gallery's photo count under its cover, and the count of photos
    /// its thumbnails leave out, printed alone under its pictures; a number alone is no caption and no text.
    /// </summary>
    private bool IsGalleryCountBadge(int index)
    {
        var count = lines[index].Text.AsSpan().Trim().TrimStart('+');
        return count.Length is > 0 and <= 4 && !count.ContainsAnyExceptInRange('0', '9') && PreviousNonBlank(index) is >= 0 and var above
            && index - above <= 2 && IsListedPicture(above);
    }

    /// <summary>Lines inside the article that are not its text; false for a body line.</summary>
    private bool ReadFurniture(int index)
    {
        var text = lines[index].Text;
        if (IsInToggledBox(index))
        {
            return true;
        }

        if (RepeatsTitle(text) || lines.DeclaredCount(index) is not null || ToolRowCount.Read(text) is not null || IsShareCount(index) || IsEmbeddedPost(index) || IsLabelledSummary(text))
        {
            return true;
        }

        if (UnpunctuatedFactRows.IsRow(lines, index))
        {
            if (Authors.Count == 0 && UnpunctuatedFactRows.TryReadAuthors(text) is { } rowWriters)
            {
                Authors.AddRange(rowWriters);
            }

            if (UnpunctuatedFactRows.TryReadKeywords(text) is { } keywords)
            {
                Tags.AddRange(keywords.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
            }

            return true;
        }

        if (EntryMetaSentence.TryRead(text, out var entryDay, out var entryWriter))
        {
            SetPublished(entryDay, isUpdate: false, aboveTitle: false);
            if (Authors.Count == 0)
            {
                Authors.Add(entryWriter);
            }
        }

        // "This entry was posted on Monday, March 4th, 2013 at 9:15 am and is filed under …" (and its German and French
        // translations): a classic theme's closing sentence gives the day and the time (EntryDateSentence), and is no
        // paragraph of the text, as the Twenty Ten footer is none.
        if (EntryDateSentence.TryRead(text, out var postedDay))
        {
            SetPublished(postedDay, isUpdate: false, aboveTitle: false);
            return true;
        }

        // "Categories: Laos, Vietnam" over "Tags: buses, visas": the categories are no tags, and no body either.
        if (CategoriesBesideTags.Is(lines, index))
        {
            return true;
        }

        if (TagLineParser.TryRead(text) is { } tags)
        {
            // "Posted by Maren Solberg | Tagged dredging, harbor | Comments (3)": the footer's writer beside its tags.
            if (Authors.Count == 0 && tags.Count > 0 && text.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar
                && BylineParser.TryRead(text[..bar]) is { } footerWriters)
            {
                Authors.AddRange(footerWriters);
            }

            // "January 13, 2020 at 08:45 AM | categories: Rust, Tooling | View Comments": a static blog's post header gives the
            // post's date before its categories.
            if (tags.Count > 0 && PublishedAt is null && TagLineParser.BarSegmentStart(text) is > 0 and var dated
                && DateLineParser.TryParseLine(text.AsSpan(0, dated), out var postTime))
            {
                SetPublished(postTime, isUpdate: false, aboveTitle: false);
            }

            // "Categories:" / "City Council," / "Transportation" / "Tags:" / …: the list under a categories label was the
            // categories, which the tags label under it sets apart from the tags.
            if (_categoryListFrom >= 0 && CategoriesBesideTags.IsTagLabel(text))
            {
                Tags.RemoveRange(_categoryListFrom, Tags.Count - _categoryListFrom);
            }

            _categoryListFrom = tags.Count == 0 && CategoriesBesideTags.IsCategoriesLabelAlone(text) ? Tags.Count : -1;
            _tagLabelOpen = tags.Count == 0;
            _tagLabelHeadsStories = false;
            (_tagsListedUnderLabel, _tagListSpaced, _labelListFrom) = (0, false, Tags.Count);
            Tags.AddRange(tags.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
            return true;
        }

        // "Topics:" / "Seawall" / "Climate" / blank / "Priya Raman": a list printed one per line without blank lines ends at
        // the blank line under it, where the writer's card or the next box begins. A list with a blank line between its
        // items (each a paragraph of its own) goes on past one.
        if (_tagLabelOpen && _tagsListedUnderLabel >= 2 && !_tagListSpaced && lines[index - 1].IsBlank)
        {
            _tagLabelOpen = false;
        }

        if (_tagLabelOpen && TagLabelList.ReadCommaList(text, lines.IsBoilerplate(index)) is { } listed)
        {
            Tags.AddRange(listed.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
            _tagLabelOpen = false;
            return true;
        }

        // "More about" / "Lake Tamsin drawdown begins": the label heads links to other stories, whose headlines are no tags.
        if (_tagLabelOpen && TagLineParser.IsStoryHeadline(CommentLine.StripMarker(text, out _).ToString()))
        {
            _tagLabelHeadsStories = true;
            return true;
        }

        // StoryListUnderTagLabel: "Related items" / "What to Expect at the Harbour's New Ferry Terminal" / "Pier Reopens: Six
        // Questions": once a headline shows the label heads links to stories, the shorter headlines under it are no tags
        // either; the label closes and the lines are read as any other.
        if (_tagLabelOpen && _tagLabelHeadsStories)
        {
            _tagLabelOpen = false;
        }

        // A "Tags:" label on a line of its own, its tags one per line under it; a theme may keep the commas of a tag line
        // after each ("• budget," / "• pensions," / "• Diane Yoder"). The comments' heading ("Discussion" / "4 comments"),
        // which a scraper printing no blank lines runs on under the last tag, is none of them.
        // A tag whose comma promises another makes the next line a tag, though it reads as a button ("Twitter,", TagAfterTrailingComma).
        if (_tagLabelOpen && text.Length <= 40 && !Words.EndsSentence(text.AsSpan().TrimEnd().TrimEnd(','))
            && (!lines.IsBoilerplate(index) || TagAfterTrailingComma.Follows(lines, index, _tagsListedUnderLabel))
            && !LabelledCommaLine.Is(lines, index) && lines.HeadingKind(index) == CommentHeadings.Kind.None)
        {
            // A text browser prints them as a list: "* Water Rates"; a site that prints them as hashtags, "#Water Rates" (HashtagMark).
            Tags.Add(HashtagMark.Without(Whitespace.Collapse(CommentLine.StripMarker(text, out _).TrimEnd().TrimEnd(','))));
            _tagListSpaced |= _tagsListedUnderLabel > 0 && lines[index - 1].IsBlank;
            _tagsListedUnderLabel++;
            if (CategoryIndexList.IsIndex(_tagsListedUnderLabel) && _labelListFrom <= Tags.Count)
            {
                // The blog's whole index of categories, no post's tags: its entries so far go, and each one after.
                Tags.RemoveRange(_labelListFrom, Tags.Count - _labelListFrom);
            }

            return true;
        }

        // "Follow:" / "Government Shutdown, Senate, Budget": the label's tags on one line, comma-separated. A line holding an
        // address ("Source URL (retrieved on Sep 26th 2013, 9:12am): http://…", a print view's footer) lists none.
        // "agile ,release planning ,team process": each tag's comma printed before the next one (CommaGluedToNextTag).
        if (_tagLabelOpen && (text.Contains(", ", StringComparison.Ordinal) || CommaGluedToNextTag.Separates(text)) && !Words.EndsSentence(text) && !lines.IsBoilerplate(index)
            && !text.Contains("://", StringComparison.Ordinal))
        {
            Tags.AddRange(TagLineParser.Split(text).Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
            _tagLabelOpen = false;
            return true;
        }

        _tagLabelOpen = false;
        _categoryListFrom = -1;

        if ((IsEmptyLabel(text) && !IsOverQuotation(index) && !IsOverList(index) && !SectionLabelInText.Is(lines, index, end, Body) && !LabelOverFieldLines.Is(lines, index, end)) || IsSignOff(index) || IsAddressUnderFurniture(index) || IsUnderVideoLabel(index) || IsUnderVideoBoxLabel(index) || SourceLabel.IsUnder(lines, index) || ReferenceLabel.IsUnder(lines, index) || NotesList.Is(lines, index) || SidebarBox.Is(lines, index) || EditingNoteBox.Is(lines, index) || CitationBlock.Is(lines, index) || TabbedCitationBox.Is(lines, index, Title) || TravelInfoBox.Is(lines, index) || VenueInfoBox.Is(lines, index) || ReleaseInfoBox.Is(lines, index) || ReviewSummaryBox.Is(lines, index) || ReviewScoreBox.Is(lines, index) || ListingBox.Is(lines, index) || RateTableBox.Is(lines, index) || LettersPolicyBox.Is(lines, index) || RecipeCard.IsFurniture(text) || CorrespondentReport.IsOverClip(lines, index) || VideoEmbedCard.IsFurniture(lines, index))
        {
            return true;
        }

        if (BoilerplateFilter.IsGalleryTeaser(text) || DocumentLinkLine.Is(text) || WeatherBoxLabel.Is(lines, index) || WeatherAlertBox.Is(lines, index) || IsListedPicture(index) || IsGalleryCountBadge(index))
        {
            return true;
        }

        if (SlideshowSlide.IsNavigationOrGalleryLink(text) || LinksUnderTags.Is(lines, index))
        {
            return true;
        }

        if ((_hasSlideCounter ??= lines.FindIndex(line => BoilerplateFilter.IsSlideCounter(line.Text)) >= 0)
            && (SlideshowSlide.IsInSlide(lines, index, _hasCompleteSlideSeries ??= SlideshowSlide.HasCompleteSeries(lines))
                || ((_hasBlockSlideSeries ??= SlideshowSlide.HasBlockSeries(lines)) && SlideshowSlide.IsInBlockSlide(lines, index))))
        {
            return ReadSlideLine(index);
        }

        if (IsAltTextOverCaption(index) || IsGalleryTitleAlt(index))
        {
            return true;
        }

        // Pictures inside the text: the alt text goes, the caption and its credit are kept apart from the body.
        if (Body.Count > 0 && AltCaptionCredit.Of(lines, index, end) is var part and not AltCaptionCredit.Part.None)
        {
            if (part != AltCaptionCredit.Part.Alt)
            {
                AddCaption(Whitespace.Collapse(text));
            }

            return true;
        }

        // The lead picture's caption printed twice beside its credit: kept once.
        if (CaptionEchoedAroundCredit.Is(lines, index, end, out var secondCopy))
        {
            if (!secondCopy)
            {
                AddCaption(Whitespace.Collapse(text));
            }

            return true;
        }

        // A figure's alt text and caption of the same words, printed one over the other inside the text: the caption, once.
        if (!ReadsHtml && Body.Count > 0 && AltTextTwinCaption.Is(lines, index, end, out var captionCopy))
        {
            if (captionCopy)
            {
                AddCaption(Whitespace.Collapse(text));
            }

            return true;
        }

        if (IsCaptionAboveCredit(index) || IsCaptionUnderCredit(index) || IsCreditUnderCaption(index) || IsCaptionUnderPictureFile(index)
            || (index > 0 && IsCaptionBetweenSlugAndCredit(index - 1))
            || PictureCreditFirst.IsCaption(lines, index, _isCaptionUnderPictureFile ??= IsCaptionUnderPictureFile))
        {
            AddCaption(Whitespace.Collapse(text));
            return true;
        }

        // "Gallery Photo: Lumo Slate hands-on photos" is a gallery's link, not a caption.
        // "…と指摘している。(c)AFP/Name": an agency's signature closing the text's last paragraph (WireSignatureClosingText).
        if (lines.IsCaption(index) && !lines.IsBoilerplate(index) && !WireSignatureClosingText.Is(text) && CaptionDetector.TryRead(text) is { } captions)
        {
            if (ReadsHtml && captions.Count == 1)
            {
                AddCaption(Whitespace.Collapse(text));
                return true;
            }

            foreach (var caption in captions)
            {
                AddCaption(caption);
            }

            return true;
        }

        return lines.IsBoilerplate(index);
    }

    /// <summary>
    /// A slide's credit is a caption, repeated when two slides credit the same photographer; the picture's alt text over
    /// the slide's text is dropped; the slide's title and text are body.
    /// </summary>
    private bool? _slideCreditsUnderCounter;

    private bool? _loneLineSlides;

    private bool ReadSlideLine(int index)
    {
        var text = lines[index].Text;
        if (!ReadsHtml && LabelledSlideCaption.TryRead(text) is { Count: > 0 } labelled)
        {
            Captions.AddRange(labelled);
            return true;
        }

        if (CaptionDetector.IsCreditOnly(text) || (lines.IsCaption(index) && Words.Count(text) <= 6)
            || ((_loneLineSlides ??= LoneLineSlides.HasOnlyOneLineSlides(lines)) && LoneLineSlides.IsCaption(lines, index))
            || ((_slideCreditsUnderCounter ??= SlideCreditUnderCounter.IsGalleryHabit(lines)) && SlideCreditUnderCounter.Is(lines, index)))
        {
            Captions.Add(Whitespace.Collapse(text));
            return true;
        }

        var next = NextNonBlank(index);
        return (next < end && text.Length < 60 && !Words.EndsSentence(text) && Words.MostOccurIn(text, lines[next].Text)) || lines.IsBoilerplate(index);
    }

    /// <summary>
    /// A caption or credit the same as the one before it is the picture's "hide caption / toggle caption" control printing
    /// it again (a public broadcaster's player of 2014), not a second picture.
    /// </summary>
    private void AddCaption(string caption)
    {
        if (caption.Length > 0 && (Captions.Count == 0 || Captions[^1] != caption))
        {
            Captions.Add(caption);
        }
    }

    /// <summary>
    /// "A city crew patches a pothole … in August." over "Photo by Marcus Feld": the caption of the credited picture. It ends
    /// like a sentence, as a headline over an uncaptioned picture's credit does not.
    /// </summary>
    /// <remarks>
    /// Inside the text, a tabloid's caption has no full stop ("The raiders fled empty-handed in a silver Vauxhall Astra" over
    /// "Credit: Kent Police"): over a labelled credit, a line of six words or more is the caption all the same.
    /// </remarks>
    private bool IsCaptionAboveCredit(int index) =>
        CreditUnder(index) is var credit && credit > 0 && lines[index].Text.Length <= 300
        // "Cast" / "ALL SMILES: The cast gathered for photographs …" / "Rex Features": the picture's alt text over it marks an unpunctuated caption.
        && (Words.EndsSentence(lines[index].Text) || Body.Count > 0 && Words.Count(lines[index].Text) >= 6 && (IsLabelledCreditLine(lines[credit].Text) || IsUnderAltText(index)
            // "Moving on: … their Malibu home" / "Sunset Pictures/Backgrid": a tabloid's colon-led caption right over its credit.
            || (credit == index + 1 && ColonLedCaption.Is(lines[index].Text))))
        && !lines.IsCaption(index) && !lines.IsBoilerplate(index);

    /// <summary>
    /// "… seit Jahren." / "foto: christian lendl" / blank line: a sentence over a credit set apart from what follows is a
    /// caption. In a dump without blank lines a credit runs into the text, and the sentence may be the text's first.
    /// </summary>
    private bool IsCaptionAboveSetCredit(int index) =>
        IsCaptionAboveCredit(index) && CreditUnder(index) is var credit && (credit + 1 >= lines.Count || lines[credit + 1].IsBlank);

    /// <summary>
    /// "Image Credit: Ahmed Ramzan/Gulf Ledger" / "Commuters wait for a feeder bus …": a sentence right under a credit,
    /// the two alone in their block, is that picture's caption. Under a slide's title and credit it is the slide's text.
    /// </summary>
    private bool IsCaptionUnderCredit(int index) =>
        index > 0 && !lines[index - 1].IsBlank && (index < 2 || lines[index - 2].IsBlank) && CaptionDetector.IsCreditOnly(lines[index - 1].Text)
        && !PostPictureCredit.Is(lines[index - 1].Text) && (index + 1 >= lines.Count || lines[index + 1].IsBlank) && lines[index].Text.Length <= 300 && Words.EndsSentence(lines[index].Text)
        && !lines.IsCaption(index) && !lines.IsBoilerplate(index);

    /// <summary>
    /// The credit line right under a caption, or -1: "Photo by Name", or an agency's name alone, also with the picture's
    /// enlarge control between ("Zur Großansicht" / "DPA").
    /// </summary>
    private int CreditUnder(int index)
    {
        var next = index + 1;
        if (next + 1 < lines.Count && !lines[next].IsBlank && lines.IsBoilerplate(next) && CaptionDetector.IsAgencyOnly(lines[next + 1].Text))
        {
            next++;
        }

        // "(Photo: Rachel Ostrander, Heartland Today)": w3m sets a credit apart from its caption by a blank line. A credit
        // in brackets closes its caption, where a bare one may open the next picture's, unless the picture's alt text over
        // the caption shows where the picture starts ("Ridgefield school board" / caption / "Jordan Pike/The Ledger").
        if (next + 1 < lines.Count && lines[next].IsBlank && (CaptionDetector.IsCreditOnly(lines[next + 1].Text) || CaptionDetector.IsAgencyOnly(lines[next + 1].Text))
            && (lines[next + 1].Text is ['(', .., ')'] || IsUnderAltText(index) || (lines[index].Text.Length <= 150 && IsProseAfter(next + 1))
                || LabelledCreditClosingCaption.Closes(lines, index, next + 1, end)))
        {
            next++;
        }

        // "A tardigrade, … microscope." / "Eastmoor Imaging Centre" / blank line: an institution's name glued under the
        // caption's sentence and set apart from what follows credits the picture.
        // "Cover image by Name" under the text's last paragraph credits the picture over the post, no caption above it (PostPictureCredit).
        return next < lines.Count && !lines[next].IsBlank && !PostPictureCredit.Is(lines[next].Text)
            && (CaptionDetector.IsCreditOnly(lines[next].Text) || CaptionDetector.IsAgencyOnly(lines[next].Text)
                || (next == index + 1 && (next + 1 >= lines.Count || lines[next + 1].IsBlank) && InstitutionCredit.Is(lines[next].Text))) ? next : -1;
    }

    /// <summary>
    /// "CRACKED: The bell tower … since September." / "JOHN HAWKINS/Fairfax NZ" / "The 110-year-old St Columba's Church …":
    /// a bare credit with a paragraph of the text right under it closes the caption above, as no caption follows it. The
    /// caption is a short line: a paragraph over a credit alone is text beside a picture printed without its caption.
    /// </summary>
    /// <remarks>
    /// Over the text, a short lead ("High school students in Pamlico County will get 40 more minutes of sleep next fall.")
    /// is known by the long paragraph under it: the next picture's caption has its credit there. Inside the text a
    /// paragraph over a credit alone is text beside a picture printed without its caption.
    /// </remarks>
    private bool IsProseAfter(int credit)
    {
        var next = NextNonBlank(credit);
        return next < end && next - credit <= 2 && Words.EndsSentence(lines[next].Text) && !lines.IsCaption(next)
            && (lines[next].Text.Length > 120 || (Body.Count == 0 && NextNonBlank(next) is var after && after < end && after - next <= 2 && IsLongSentence(after)));
    }

    private bool IsLongSentence(int index) =>
        lines[index].Text.Length > 120 && Words.EndsSentence(lines[index].Text) && !lines.IsCaption(index) && !CaptionDetector.IsCreditOnly(lines[index].Text);

    private bool IsUnderAltText(int caption)
    {
        var alt = PreviousNonBlank(caption);
        return alt >= 0 && caption - alt <= 2 && !Words.EndsSentence(lines[alt].Text) && PictureAltText.Echoes(lines[alt].Text, lines[caption].Text);
    }

    /// <summary>"DPA" or "Name / WKPR" under a caption (and its enlarge control): the picture's credit, kept with the captions.</summary>
    private bool IsCreditUnderCaption(int index)
    {
        // "Renata Solis / WKPR": a credit that names no agency nor says it is one, known by the caption above it. "AP
        // Photo/Lars Odhiambo" reads as a caption line of its own, and is still the credit of the caption over it, and so
        // is a labelled credit ("… New York September 24, 2013." / "Credit: Meridian/Carlo Benetti") over the byline.
        var text = lines[index].Text;
        // "Eastmoor Imaging Centre": an institution's name is a credit only where CreditUnder finds it glued under the caption.
        if (!CaptionDetector.IsAgencyOnly(text) && !InstitutionCredit.Is(text)
            && ((lines.IsCaption(index) && !IsBareSlashCredit(text) && !CaptionDetector.IsLabelledCredit(text)) || !CaptionDetector.IsCreditOnly(text)))
        {
            return false;
        }

        var above = PreviousNonBlank(index);
        above = above >= 0 && lines.IsBoilerplate(above) ? PreviousNonBlank(above) : above;
        // "Ein Hochspannungsmast bei Göttingen: …" (taken for a caption between the byline and the text) / "© dapd".
        return above >= 0 && CreditUnder(above) == index
            && (IsCaptionAboveCredit(above) || lines.IsCaption(above) || IsCaptionOverCreditUnderByline(above) || IsLastCaption(above));
    }

    /// <summary>"AP Photo/Lars Odhiambo": a photographer and agency with no label ("Foto: …" loses its label as a caption line).</summary>
    private static bool IsBareSlashCredit(string text) => !text.Contains(':', StringComparison.Ordinal) && CaptionDetector.IsSlashCredit(text);

    private bool IsLastCaption(int index) => Captions.Count > 0 && Captions[^1] == Whitespace.Collapse(lines[index].Text);

    /// <summary>
    /// "Corn piled on the ground" / "Corn is piled outside the Marston elevator … (Photo: …)": a picture's alt text, which a
    /// text browser prints over its caption, shares most of its words with the caption; a headline over a captioned
    /// picture seldom does.
    /// </summary>
    private bool IsAltTextOverCaption(int index)
    {
        // An alt text is short, and the caption is asked before comparing the two lines' words, which costs more: most
        // lines have no caption under them.
        var next = NextNonBlank(index);
        return next < end && next - index <= 2 && (lines[index].Text.Length < 160 || CaptionOpensWith(next, index))
            && (lines.IsCaption(next) || IsCaptionAboveCredit(next) || (Body.Count > 0 && IsUnpunctuatedCaption(next)))
            // An HTML page's lines hold no alt text: a short line over a credited caption there is the text's crosshead.
            && (PictureAltText.Echoes(lines[index].Text, lines[next].Text) || IsCentredPair(index, next) || (Body.Count > 0 && !ReadsHtml && IsLabelOverCreditedCaption(index, next, PictureAltText.LongestLabel)));
    }

    /// <summary>
    /// "Sensation in Petersberg! … im Kreis Fulda." over "Sensation in Petersberg! … im Kreis Fulda. - Foto: Hendrik
    /// Urbin": a CMS that fills the alt text from the caption prints the caption's words twice, once bare, once with the
    /// credit; an alt text this long is no short label, but a line the next one repeats whole before its credit is one.
    /// </summary>
    private bool IsAltTextOfCaptionBelow(int index) => NextNonBlank(index) is var next && next < end && next - index <= 2 && lines.IsCaption(next) && CaptionOpensWith(next, index);

    private bool CaptionOpensWith(int caption, int alt) =>
        lines[alt].Text.Length <= LongestEchoedAltText && lines[caption].Text.Length > lines[alt].Text.Length
        && lines[caption].Text.StartsWith(lines[alt].Text, StringComparison.Ordinal);

    private const int LongestEchoedAltText = 400;

    private IReadOnlySet<string>? _galleryTitleAlts;

    private IReadOnlyList<(int Heading, int Toggle)>? _toggledBoxes;

    private bool IsInToggledBox(int index)
    {
        foreach (var (heading, toggle) in _toggledBoxes ??= ToggledTextBox.Find(lines, end))
        {
            if (index >= heading && index <= toggle)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGalleryTitleAlt(int index) => !ReadsHtml && (_galleryTitleAlts ??= GalleryTitleAltText.Find(lines, end, RepeatsTitle)).Contains(lines[index].Text);

    /// <summary>
    /// "Plastic bags" / "A shopper loads groceries at a store … (Quentin Mbeki, Lakeshore Tribune / March 9, 2012)": a
    /// label of a few words right over a caption that carries its credit is the picture's alt text, though the two share
    /// no word; a crosshead heads the paragraphs under it, not a picture's caption. A slide's heading over its caption
    /// ("#3 Amarillo, Texas", "Lonnie Batts, RB, Wolves") lists its facts with commas and figures. Inside the text the
    /// label is four words at most; under the byline, where no crosshead stands, eight.
    /// </summary>
    private bool IsLabelOverCreditedCaption(int alt, int caption, int longestLabel) =>
        Words.Count(lines[alt].Text) <= longestLabel && !Words.EndsSentence(lines[alt].Text)
        && !lines[alt].Text.AsSpan().ContainsAny(",#") && !Words.HasDigit(lines[alt].Text) && !lines.IsCaption(alt) && lines.IsCaption(caption)
        // A caption that describes the picture, not a credit alone ("AP Photo") nor a caption's wrapped tail ("Backstube. Foto: …").
        && Words.Count(lines[caption].Text) >= PictureAltText.ShortestCaption && lines[caption].Text.Length > lines[alt].Text.Length;

    /// <summary>
    /// "Coastal path at Westcombe" / "Engineers built a new route 20m inland …", both centred by lynx: a figure's alt text
    /// and caption, centred alike, though they share no word; a crosshead over a picture stands at the margin.
    /// </summary>
    private bool IsCentredPair(int alt, int caption) =>
        lines[alt].Centred && lines[caption].Centred && Words.Count(lines[alt].Text) <= PictureAltText.LongestCentred && !Words.EndsSentence(lines[alt].Text);

    /// <summary>
    /// "[140408091518-hk-students-story-top]" / "Students gather at the Chinese University …": one short line alone under
    /// a picture a text browser printed as its file name is the picture's caption, even without a credit.
    /// </summary>
    private bool IsCaptionUnderPictureFile(int index)
    {
        if (IsGalleryCountBadge(index))
        {
            return false;
        }

        var above = PreviousNonBlank(index);
        var next = index + 1;
        // "[elm]" / "Crews dig out the broken main …": a short placeholder heads a caption only right above it (the picture, a
        // line break, the caption), as a centred picture in a blog post prints.
        return lines[index].Text.Length < 200 && above >= 0 && (next >= end || lines[next].IsBlank)
            && ((index - above <= 2 && PictureFileLine.Is(lines[above].Text)) || (index - above == 1 && PictureFileLine.IsShortPlaceholder(lines[above].Text))
                || (index - above == 2 && PictureSlug.IsFileNameAlt(lines[above].Text) && (above == 0 || lines[above - 1].IsBlank)))
            || IsCaptionBetweenSlugAndCredit(index);
    }

    /// <summary>
    /// "keycard" / "Latchly co-founders Maya Osei and Ben Thornquist." / "Latchly": lynx prints a figure's file-name alt,
    /// its caption and the caption's bare credit on three lines with no blank between; the middle line is the caption.
    /// </summary>
    private bool IsCaptionBetweenSlugAndCredit(int index) =>
        index > 0 && index + 2 <= end && !lines[index - 1].IsBlank && PictureSlug.IsFileNameAlt(lines[index - 1].Text)
        && (index == 1 || lines[index - 2].IsBlank) && lines[index].Text.Length < 200 && Words.EndsSentence(lines[index].Text)
        && !lines[index + 1].IsBlank && IsBareCredit(lines[index + 1].Text) && (index + 2 >= end || lines[index + 2].IsBlank);

    /// <summary>"Latchly", "Getty Images": a credit of one to three capitalised words, no sentence.</summary>
    private static bool IsBareCredit(string text) =>
        text.Length <= 40 && Words.Count(text) <= 3 && char.IsUpper(text.TrimStart()[0]) && !Words.EndsSentence(text) && !Words.HasDigit(text);

    /// <summary>"OTTAWA — The Northern Mail": where the story was filed, in capitals, and the paper, under the byline.</summary>
    private static bool IsPlaceAndPaper(string text)
    {
        var dash = text.IndexOfAny(['—', '–']);
        if (dash < 2 || text[dash - 1] != ' ')
        {
            return false;
        }

        var place = text.AsSpan(0, dash).Trim();
        var paper = text.AsSpan(dash + 1).Trim();
        return Words.Count(place) <= 3 && !place.ContainsAnyInRange('a', 'z') && Words.Count(paper) <= 5 && !Words.EndsSentence(paper);
    }

    /// <summary>"Watch this video" / "Town weighs leaving the river behind": the title of the clip under a player's label.</summary>
    private bool IsUnderVideoLabel(int index)
    {
        var text = lines[index].Text;
        var above = PreviousNonBlank(index);
        above = above >= 0 && BoilerplateFilter.IsPictureCount(lines[above].Text) ? PreviousNonBlank(above) : above;
        // "Play Video" / "World" / "Egypt's crackdown: Inside the prisons": the clip's section word between label and title.
        // "Play Video" / "NBS Evening News" / "Kenyatta: \"We have …\"": or the programme the clip comes from; a clip's title
        // may close on a quotation, as a headline does.
        above = above >= 0 && (IsSectionWord(lines[above].Text) || IsProgrammeName(lines[above].Text)) && PreviousNonBlank(above) is var label && label >= 0 && BoilerplateFilter.IsVideoLabel(lines[label].Text) ? label : above;
        return text.Length <= 100 && (!Words.EndsSentence(text) || EndsWithQuotedTitle(text)) && above >= 0 && BoilerplateFilter.IsVideoLabel(lines[above].Text);
    }

    private static bool IsSectionWord(string line) => line.Length <= 20 && Words.Count(line) == 1 && char.IsUpper(line.AsSpan().TrimStart()[0]);

    /// <summary>"NBS Evening News", "Face the Nation": a broadcast's name of two to four words over its clip's title.</summary>
    private static bool IsProgrammeName(string line) =>
        line.Length <= 30 && Words.Count(line) is >= 2 and <= 4 && !Words.EndsSentence(line) && char.IsUpper(line.AsSpan().TrimStart()[0])
        && TitleCase.IsTitleCase(line, minLongWords: 1);

    /// <summary>"Video" / "Ice storm leaves thousands without power" inside or under the text: the story's clip box.</summary>
    private bool IsUnderVideoBoxLabel(int index)
    {
        var above = PreviousNonBlank(index);
        return above >= 0 && BoilerplateFilter.IsVideoBoxLabel(lines[above].Text) && lines[index].Text.Length <= 100 && !Words.EndsSentence(lines[index].Text);
    }

    /// <summary>"TrackBack URL for this entry:" / "http://…", "This article is available online at:" / "http://…": a widget's address.</summary>
    private bool IsAddressUnderFurniture(int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        return text.StartsWith("http", StringComparison.Ordinal) && text.Contains("://", StringComparison.Ordinal) && !text.Contains(' ')
            && PreviousNonBlank(index) is var above && above >= 0 && lines.IsBoilerplate(above);
    }

    private bool IsEmbeddedPost(int index) =>
        IsSignedEmbed(index) || (NextNonBlank(index) is var next && next < end && IsSignedEmbed(next)) || IsInInstagramPost(index);

    private bool IsSignedEmbed(int index) => EmbeddedTweet.IsSignature(lines[index].Text) || EmbeddedInstagramPost.IsSignature(lines[index].Text);

    /// <summary>
    /// A line from an Instagram embed's link down to its signature: the post's words may run to several lines there, where a
    /// signature alone vouches for only the line above it.
    /// </summary>
    private bool IsInInstagramPost(int index)
    {
        var link = index;
        for (var steps = 0; link >= 0 && !EmbeddedInstagramPost.IsViewLink(lines[link].Text); steps++, link = PreviousNonBlank(link))
        {
            // A signature above closes the post before this line: the text under an embed is the story's again.
            if (steps == EmbeddedInstagramPost.MostWordLines || (link < index && EmbeddedInstagramPost.IsSignature(lines[link].Text)))
            {
                return false;
            }
        }

        if (link < 0)
        {
            return false;
        }

        var line = index;
        for (var steps = 0; line >= 0 && line < end; steps++, line = NextNonBlank(line))
        {
            if (EmbeddedInstagramPost.IsSignature(lines[line].Text))
            {
                return true;
            }

            if (steps == EmbeddedInstagramPost.MostWordLines + 1)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"— Marcus Bell, Staff Writer", "-- Tomas Whitfield" or "-- Maya Castellanos in Sacramento" under the last paragraph: a byline at the foot.</summary>
    private bool IsSignOff(int index)
    {
        var text = lines[index].Text;
        // "—Elizabeth Gilbert" under a motto, the essay below it: whom the motto quotes (DashNameOverText).
        // "- Name - the show that keeps you awake!": a crosshead or a slogan closes on "!" or "?", a sign-off never (ExclamationDashLine).
        if (text.Length > 80 || text[0] is not ('—' or '–' or '-') || IsTypedListItem(index) || ReaderLetterSignature.Signs(lines, index, end)
            || ExclamationDashLine.Is(text)
            || BylineParser.ReadNames(LabelledSignOff.Bare(text.AsSpan().TrimStart("—–- "))) is not { } names
            || DashNameOverText.Is(lines, index, end, Body.Count, names))
        {
            return false;
        }

        if (Authors.Count == 0)
        {
            Authors.AddRange(names);
        }

        SignOffWriters ??= names;

        return true;
    }

    /// <summary>
    /// "+ Added Slime Block" / "- Removed the old boat", a list typed with its markers in the text (a changelog in a
    /// paragraph split by line breaks): items of the body, neither a sign-off nor a header's label, when a line next to
    /// it is marked too. Nor a headline: "* Perpetual Planet" / "* Photo of the Day", "* Télécharger au format PDF" / "* …
    /// EPUB" are a menu's or a download box's items; a headline a text browser marks alone ("• Our Harbour Staff")
    /// stands by itself.
    /// </summary>
    private bool IsTypedListItem(int index) =>
        StartsWithListMarker(lines[index].Text)
        && ((PreviousNonBlank(index) is var above && above >= 0 && StartsWithListMarker(lines[above].Text))
            || (NextNonBlank(index) is var below && below < end && StartsWithListMarker(lines[below].Text)));

    private static bool StartsWithListMarker(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 2 && trimmed[0] is '+' or '*' or '-' or '•' or '–' && trimmed[1] == ' ' && char.IsLetterOrDigit(trimmed[2]);
    }

    /// <summary>A date line, joined with a time-only line right under it ("September 24th, 2013" / "10:42 PM ET") or right over it.</summary>
    private int ReadDate(int index, PageTime time, bool aboveTitle)
    {
        var next = NextNonBlank(index);
        var isUpdate = IsUpdateLine(lines[index].Text);
        if (time.IsDateOnly && next < end && lines.TryParseDate(next, out var clock) && clock.IsTimeOnly && !BoilerplateFilter.IsPlayerDuration(lines[next].Text))
        {
            time = time.WithTimeOf(clock);
            index = next;
        }
        else if (time.IsDateOnly && index > 0 && lines.TryParseDate(index - 1, out var clockAbove) && clockAbove.IsTimeOnly
            && !BoilerplateFilter.IsPlayerDuration(lines[index - 1].Text))
        {
            // ClockOverDate: "1:26 pm ET" / "Jun 3, 2014", the two halves of one time box printed clock first, on lines
            // of their own right above each other.
            time = time.WithTimeOf(clockAbove);
        }

        SetPublished(time, isUpdate, aboveTitle);
        // "Thu, Sep 26, 2013, 18:42" / "First published: Thu, Sep 26, 2013, 07:15": the bare line over the label was the update.
        if (!isUpdate && PublishedAt == time && NextNonBlank(index) is var firstLine && firstLine < end && FirstPublishedUnderDate.HasLabel(lines[firstLine].Text)
            && lines.TryParseDate(firstLine, out var first) && FirstPublishedUnderDate.IsNotLater(first, time))
        {
            PublishedAt = first;
            return firstLine;
        }

        if (isUpdate && index != next && next < end && !IsUpdateLine(lines[next].Text) && lines.TryParseDate(next, out var firstClock)
            && PublishedClockUnderUpdate.Combine(time, lines[next].Text, firstClock) is { } firstPublished)
        {
            SetPublished(firstPublished, isUpdate: false, aboveTitle);
            index = next;
        }

        return index;
    }

    /// <remarks>
    /// A date above the title is often the masthead's date of the day ("Wednesday, October 2, 2013"): one under the title
    /// wins over it, unless it is an update time ("September 17th, 2013" / "04:12 PM ET" / title / "Updated 5:40 p.m. ET, 9/17/13").
    /// </remarks>
    private void SetPublished(PageTime time, bool isUpdate, bool aboveTitle)
    {
        // "Originally Published: September 15, 2013" / "Updated: September 15, 2013, 8:02 PM ET": the update's clock is not the publish time.
        var addsTimeOfDay = PublishedAt is { IsDateOnly: true } known && known.Date == time.Date && time.Time is not null && (!isUpdate || _publishedFromUpdateLine);
        // The masthead's "Martes 17/09/2013. Actualizado 19:05h." is the site's update: even an update line under the title wins over it.
        // "Last updated at 4:12 PM on 17th September 2012" under the title is the story's only time: it wins over the day's date.
        var underTitleWins = _publishedAboveTitle && !aboveTitle && (!isUpdate || _publishedFromUpdateLine || PublishedAt is { IsDateOnly: true } && time.Time is not null);
        // "Thursday, 15 May 2014" in the top bar, then "Wednesday, 14 May 2014 10:25" right over the headline: the
        // masthead's day has no clock, the story's time has one and is not after it.
        var storyTimeUnderMastheadDay = _publishedAboveTitle && aboveTitle && !isUpdate && !_publishedFromUpdateLine && PublishedAt is { IsDateOnly: true } day
            && time is { Date: { } storyDate, Time: not null } && storyDate <= day.Date!.Value;
        if (time.Date is not null && (PublishedAt is null || (_publishedFromUpdateLine && !isUpdate) || addsTimeOfDay || underTitleWins || storyTimeUnderMastheadDay))
        {
            PublishedAt = time;
            _publishedFromUpdateLine = isUpdate;
            _publishedAboveTitle = aboveTitle;
        }
    }

    /// <summary>
    /// "Posted: Sep 11, 2013 9:05 PM EDT Updated: Sep 12, 2013 11:30 AM EDT": a line giving the publish and the update
    /// time; the publish time is the one before the update word.
    /// </summary>
    private static bool TryReadPublishedBeforeUpdate(string text, out PageTime time)
    {
        if (BracketedUpdate.TryReadPublished(text, out time))
        {
            return true;
        }

        // The date before the update word holds a digit: a line without one (most prose) is turned down before the word search.
        var at = text.Length <= 200 && Words.HasDigit(text) ? MetadataLine.UpdateWords.IndexIn(text) : -1;
        // "Posted: Tuesday, September 17, 2013 4:12 pm | Updated: …": the bar before the update word is no word of the date.
        var before = at > 0 ? text.AsSpan(0, at).TrimEnd(" |·•—–-") : default;
        // "Published: Wednesday, September 25, 2013 | Updated: Wednesday, September 25, 2013 01:09": a day alone before the
        // update word is the publishing day when the update names a day of its own; "24 April 2013 Last updated at 11:42
        // GMT" is one time, the clock after the word completing the day before it.
        if (at <= 0 || !Words.HasDigit(before) || DateLineParser.Parse(before, out var otherWords) is not { Date: not null } parsed
            || otherWords > 1 || (parsed.Time is null && DateLineParser.Parse(text.AsSpan(at), out _) is not { Date: not null }))
        {
            return false;
        }

        time = parsed;
        return true;
    }

    /// <summary>"Summary: Young corals drifting in open water swim toward …": a science news site's labelled standfirst, over the text.</summary>
    private bool IsLabelledSummary(string text) => Body.Count == 0 && text.StartsWith("Summary: ", StringComparison.Ordinal);

    private int SkipLinkList(int index, bool closerEndsBeforeDate = false)
    {
        var i = index + 1;
        // "See Also:" / links / "Slide 1 of 3": a slideshow's counter ends the list; the slide's title under it is text.
        // The keyword row under the last list is the article's tags, no link of the list.
        while (i < end && (lines[i].IsBlank || IsLinkListLine(i) || BulletedHeadlineUnderRelatedHeading.Is(lines, i, index) || IsLinkCategory(lines[i].Text) || IsTeaserBetweenLinks(i, index) || IsBlurbOverDate(i, index) || IsExcerptOverLinkCategory(i, index) || IsCarouselControl(i)) && !BoilerplateFilter.IsSlideCounter(lines[i].Text)
            && DotKeywordRow.TryRead(lines, i, end) is null)
        {
            if (closerEndsBeforeDate && ListCloserLink.Is(lines[i].Text) && NextNonBlank(i) is var next && next < end && lines.TryParseDate(next, out _))
            {
                return i;
            }

            i++;
        }

        return i - 1;
    }

    /// <summary>
    /// "RELATED ARTICLES" / "Previous" / "1" / "2" / "Next" / links: a carousel of related links prints its buttons and page
    /// numbers among them.
    /// </summary>
    private bool IsCarouselControl(int index) =>
        lines[index].Text.AsSpan().Trim() is var text
        && ((text.Length is > 0 and <= 2 && !text.ContainsAnyExceptInRange('0', '9')) || (Words.CountUpTo(text, 3) <= 2 && lines.IsBoilerplate(index)));

    /// <summary>
    /// "More Europe stories" / "Merkel heads for third term win" / "German voters go to the polls on Sunday …" / "Rouhani's
    /// New York charm offensive": a rail prints the first story's teaser sentence under its link, with no blank line on
    /// either side, and the next link right under it. A dump that sets no blank lines between paragraphs would print the
    /// text's next paragraph so too: the rail's blank line under that next link tells them apart, or, where the scraper
    /// prints no blank line at all, the page's copyright line right under it ("Copyright © 2013 BNC"), as no text follows.
    /// </summary>
    private bool IsTeaserBetweenLinks(int index, int heading) =>
        index - 1 > heading && index + 1 < end && !lines[index - 1].IsBlank && !lines[index + 1].IsBlank
        && ((index + 2 < end && lines[index + 2].IsBlank) || (index + 2 < lines.Count && CopyrightNotice.Opens(lines[index + 2].Text)))
        && lines[index].Text.Length <= 200 && lines[index].Text.TrimEnd().EndsWith('.')
        && IsLinkListLine(index - 1) && IsLinkListLine(index + 1);

    /// <summary>
    /// "Related Articles" / "How water bears survive in space" / "Researchers report new clues to how tiny animals …" /
    /// "September 7, 2013": a magazine's rail prints each link, its one-line blurb and its date as three lines; the blurb
    /// is the rail's, since the date under it closes the teaser.
    /// </summary>
    private bool IsBlurbOverDate(int index, int heading) =>
        index - 1 > heading && index + 1 < end && lines[index].Text.Length <= 200 && !lines[index - 1].IsBlank && !lines[index + 1].IsBlank
        && TeaserBlurb.Is(lines[index].Text) && IsLinkListLine(index - 1) && lines[index + 1].Text.Length <= ShortDateLength && lines.TryParseDate(index + 1, out _);

    /// <summary>
    /// "Related" / "Hornets roll past Dunmore 35-14" / "Cedar Bluff scored on its first three drives Friday night." /
    /// "September 21, 2013" / 'In "Sports"': WordPress.com's related posts print each link's excerpt, a sentence, between
    /// the link and its date and category (<see cref="IsLinkCategory"/>), a paragraph each in a browser's copy.
    /// </summary>
    private bool IsExcerptOverLinkCategory(int index, int heading)
    {
        if (lines[index].Text.Length > 200 || PreviousNonBlank(index) is var above && (above <= heading || !IsLinkListLine(above)))
        {
            return false;
        }

        var next = NextNonBlank(index);
        if (next < end && lines[next].Text.Length <= ShortDateLength && lines.TryParseDate(next, out _))
        {
            next = NextNonBlank(next);
        }

        return next < end && IsLinkCategory(lines[next].Text);
    }

    /// <summary>A link in a related-stories list, or the date printed under it ("Tue, Sep 10 2013"); the list ends at a byline or a caption.</summary>
    /// <remarks>Asked again of the same lines by every headline-like line under a related-links heading: answered once per line.</remarks>
    private bool IsLinkListLine(int index) => (_linkListLines ??= new bool?[lines.Count])[index] ??= LooksLikeLinkListLine(index);

    private bool LooksLikeLinkListLine(int index) => lines[index].Text.Length <= ShortDateLength && lines.TryParseDate(index, out _)
        || SeriesPartLink.Is(lines[index].Text)
        || (BoilerplateFilter.LooksLikeLinkText(lines[index].Text) && TagLineParser.TryRead(lines[index].Text) is null
            && (!lines.IsCaption(index) || GalleryLinkInList.Is(lines, index))
            && !(lines.TryReadMetadata(index, out var found) && (found.Authors is not null || found.Time is not null)));

    /// <summary>WordPress.com's related posts name their category under each link: 'In "City council"'.</summary>
    private static bool IsLinkCategory(string text) =>
        text.Length < 60 && text.StartsWith("In ", StringComparison.Ordinal) && text.Length > 4 && text[3] is '"' or '“';

    /// <summary>
    /// The one-line pitch inside a signup box ("Subscribe to X" / "Local news, every weekday." / "Type your email…"):
    /// a short line between a signup prompt and more furniture.
    /// </summary>
    private bool IsSignupBlurb(int index)
    {
        // "Subscribe to our daily newsletter" / "Tags: …" / a notice: the tag line under a prompt is no blurb.
        if (lines[index].Text.Length > 120 || lines.IsBoilerplate(index) || TagLineParser.TryRead(lines[index].Text) is not null)
        {
            return false;
        }

        var previous = PreviousNonBlank(index);
        var next = NextNonBlank(index);
        return (previous >= 0 && BoilerplateFilter.IsSignupPrompt(lines[previous].Text) && (next < end ? lines.IsBoilerplate(next) : IsLastLineOfBox(previous, index)))
            || IsAboveEmailField(index) || IsNewsletterName(index, next)
            || (previous >= 0 && NewsletterBox.IsPitchUnderHeading(lines[index].Text, lines[previous].Text));
    }

    /// <summary>
    /// "Subscribe to the Courier" / "Get home delivery for as little as $3.50 a week." at the end of the story's region: a
    /// subscription box's pitch, right under its prompt with no blank line between, where no furniture follows to close it.
    /// </summary>
    private static bool IsLastLineOfBox(int prompt, int index) => index == prompt + 1;

    /// <summary>
    /// "The Waterfront Brief" / "Port, shipping and climate news from the harbor, every Thursday.": a newsletter's name over
    /// its pitch or prompt. A writer's sign-off over a prompt ("— Marcus Bell, Staff Writer") opens with a dash or holds a comma.
    /// </summary>
    private bool IsNewsletterName(int index, int next)
    {
        var text = lines[index].Text.AsSpan().Trim();
        return next < end && text.Length is > 0 and < 60 && char.IsLetterOrDigit(text[0]) && !text.Contains(',') && !Words.EndsSentence(text) && Words.Count(text) <= 6
            && (NewsletterBox.IsPitch(lines[next].Text) || BoilerplateFilter.IsSignupPrompt(lines[next].Text));
    }

    /// <summary>
    /// A newsletter box's name and pitch ("The Fieldnotes Weekly" / "Our best stories, every Friday."): short lines right
    /// above its email field, or above a promotion's lone button ("Politiq Pro" / "Get the news that matters most …" / "Learn more").
    /// </summary>
    private bool IsAboveEmailField(int index)
    {
        for (var i = index + 1; i < end && i <= index + 2 && !lines[i].IsBlank && lines[i].Text.Length <= 120; i++)
        {
            if (EmailFields.Matches(lines[i].Text.AsSpan().Trim()) || PromoButtons.Contains(lines[i].Text.AsSpan().Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Brave: Mr Higson said he 'could not just walk past' the struggling bird": a long line inside the text that does
    /// not end like a sentence, followed by prose, is a picture's caption.
    /// </summary>
    private bool IsUnpunctuatedCaption(int index)
    {
        // Pictures come in runs: captions may follow one another before the prose resumes.
        var next = index;
        do
        {
            var text = lines[next].Text;
            // British quotes close with a single mark: "… walk past.'" ends a sentence.
            if (Words.EndsSentence(text.AsSpan().TrimEnd().TrimEnd("'’")) || Words.Count(text) < CaptionWords || SignedNote.EndsWithSignature(text))
            {
                return false;
            }

            next = NextNonBlank(next);
            // "Continue reading the main story" and a related-links box may stand between the picture and the prose.
            while (next < end && (lines.IsBoilerplate(next) || BoilerplateFilter.IsRelatedHeading(lines[next].Text)))
            {
                next = NextNonBlank(BoilerplateFilter.IsRelatedHeading(lines[next].Text) ? SkipLinkList(next) : next);
            }
        }
        while (next < end && !(lines[next].Text.Length >= ProseLength && Words.EndsSentence(lines[next].Text)));

        return next < end;
    }

    /// <summary>"17.09.2013 · Die Gebühren für das Stromnetz steigen …": the date printed at the head of the standfirst.</summary>
    private static PageTime? DateOpening(string text)
    {
        var dot = text.IndexOf(" · ", StringComparison.Ordinal);
        return dot is > 0 and <= ShortDateLength && DateLineParser.TryParseLine(text.AsSpan(0, dot), out var time) && time.Date is not null ? time : null;
    }

    private int PreviousNonBlank(int index) => lines.PreviousNonBlank(index);

    private int NextNonBlank(int index) => lines.NextNonBlank(index, end);

    /// <summary>
    /// "Updated: 16:05", "Martes 17/09/2013. Actualizado 19:05h.": the line's clock is the update's. "12.09.2013 | 14:21
    /// Uhr | Aktualisiert: 16:05 Uhr" prints the publish time, clock and all, before the update word: no update line.
    /// </summary>
    private static bool IsUpdateLine(string text) =>
        MetadataLine.UpdateWords.IndexIn(text) is >= 0 and var at && DateLineParser.Parse(text.AsSpan(0, at), out _) is not { Time: not null };

    /// <summary>
    /// Labels left without their value by the scraper, such as an empty "Post by:"; a filled post credit ("Post by: Belief
    /// Blog Editor", "Posted by: WNN Money Desk") names a desk or the byline's names (<see cref="PostCreditLine"/>). A crosshead in capitals ("NOTABLES:") introduces the text under it.
    /// </summary>
    private static bool IsEmptyLabel(string text) =>
        text.EndsWith(':') && text.Length < 30 && Words.Count(text) <= 3 && !IsCapitalsCrosshead(text)
        || PostCreditLine.Is(text);

    /// <summary>
    /// "Ruiz said:" / "“That is the first time …”": a speaker's line over the quotation is text, no empty label; so is a
    /// letters page's "The author replies:" over the reply.
    /// </summary>
    private bool IsOverQuotation(int index) =>
        (index + 1 < end && lines[index + 1].Text is [ '"' or '“' or '«' or '„', .. ])
        || (SpeechVerbs.Contains(Words.LastWord(lines[index].Text.AsSpan().TrimEnd(" :"))) && NextNonBlank(index) is var next && next < end && IsProse(next));

    /// <summary>
    /// "Salt Year:" / "01 Cold Harbour" / "02 Bute": a music story's lead-in over an album's numbered track list is text,
    /// as "Night Ferry track list:" is; its value is the list under it. So is a lead-in over a list typed with dashes
    /// (<see cref="DashListRunItem"/>).
    /// </summary>
    private bool IsOverList(int index)
    {
        var next = NextNonBlank(index);
        if (next >= end)
        {
            return false;
        }

        // "Aus dem Programm:" / "– Obstbäume schneiden" / "– Werkzeug pflegen": a list typed with dashes under its lead-in;
        // "Betroffene leiden unter:" over a list's indented items, under a paragraph (LeadInOverIndentedItems).
        if (DashListRunItem.Is(lines, next, end) || LeadInOverIndentedItems.Is(lines, index, end))
        {
            return true;
        }

        var text = lines[next].Text.AsSpan();
        return (text.StartsWith("1. ", StringComparison.Ordinal) || text.StartsWith("01 ", StringComparison.Ordinal) || text.StartsWith("01. ", StringComparison.Ordinal))
            && next + 1 < end && lines[next + 1].Text.AsSpan() is var second && (second.StartsWith("2", StringComparison.Ordinal) || second.StartsWith("02", StringComparison.Ordinal));
    }

    private static readonly WordSet SpeechVerbs = new(["replies", "responds", "writes", "answers", "reply", "response"]);

    /// <summary>"NOTABLES:", and a transcript's speaker over the turn "DANA HOLT, HOST:": text in capitals, not an empty label.</summary>
    private static bool IsCapitalsCrosshead(string text) =>
        (Words.Count(text) == 1 && text.Length > 4 || text.Contains(", ", StringComparison.Ordinal)) && !text.AsSpan().ContainsAnyInRange('a', 'z');
}
