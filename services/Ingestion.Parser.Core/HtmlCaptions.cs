using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>Photo captions and their credits, found by their markup, named in the page's language too.</summary>
internal static class HtmlCaptions
{
    /// <summary>The class of a photo credit printed beside its caption ("media_credit", "photo-credit").</summary>
    private static readonly WordSet CreditClass = new("credit", "copyright");

    /// <summary>
    /// The class of a credit inside the caption itself: a credit's, or "&lt;span class="caption__source"&gt;Name / Agency&lt;/span&gt;"
    /// glued to the caption's span, the picture's source set off by layout as a credit is. Only inside a caption does
    /// "source" name a picture's credit; beside one it may be anything (<see cref="CreditClass"/> finds those).
    /// "&lt;span class="media-description"&gt;…&lt;/span&gt;&lt;span class="media-author"&gt;Name (Video)&lt;/span&gt;": inside a caption
    /// "author" names the picture's or the clip's maker, its credit, which the layout sets on a line of its own.
    /// </summary>
    private static readonly WordSet CreditInCaptionClass = new("credit", "copyright", "source", "author");

    /// <summary>
    /// What a caption's class holds ("wp-caption-text", "photoCaption"), also in the page's language ("didascalia",
    /// "légende", "Bildunterschrift", "epígrafe", Spanish "pie de foto" as "pie_foto"), matched case-sensitively as CSS's [class*='…'] is.
    /// A template that drops the vowels writes "img_cptn" (AbbreviatedCaptionClass): no other word holds those four letters.
    /// </summary>
    private static readonly SearchValues<string> CaptionClassParts = SearchValues.Create(
        ["caption", "Caption", "didascalia", "legende", "légende", "legenda", "bildunterschrift", "bildtext", "epigrafe", "pie_foto", "pie-foto", "pieFoto", "cptn", "Cptn"], StringComparison.Ordinal);

    /// <summary>
    /// The picture over a credit: the image itself, or its box with at most a link's label beside it
    /// ("&lt;div class="image"&gt;&lt;a&gt;Enlarge This Image&lt;/a&gt;&lt;img&gt;&lt;/div&gt;&lt;h6 class="credit"&gt;…").
    /// </summary>
    private static bool IsPictureBox(IElement element) =>
        element.LocalName is "img" or "picture"
        || (element.LocalName is "div" or "a" or "span" or "td" && element.SelectFirst("img, picture") is not null && Whitespace.Collapse(element.TextContent).Length <= 30);

    /// <summary>The page's photo captions and credits; each leaves the document, so none reaches the text.</summary>
    public static List<string> Read(IDocument document)
    {
        var captions = new List<string>();
        var taken = new List<IElement>();
        var repeated = new RepeatedCreditOwnPicture();
        // Before any caption leaves the page: a photo box holding its byline alone, as served (PhotoBylineUnderPicture).
        var photoBylineBoxes = PhotoBylineUnderPicture.Boxes(document);
        List<IElement>? panelCaptions = null;
        foreach (var caption in DocumentOrder.Elements(document.DocumentElement).Where(element => IsCaption(element) || FigureCiteCredit.Is(element) || FigureTextUnderPicture.Is(element)).ToList())
        {
            // A figure whose class says it has a caption ("media-landscape has-caption") holds one; it is none itself.
            if (caption.LocalName == "figure" || caption.ParentElement?.Nearest("figcaption, .wp-caption-text, .caption") is not null)
            {
                continue;
            }

            // A sidebar widget's picture (an award badge, a sponsor's banner) is no picture of the story.
            // "<div class="portlet-title"><div class="caption">Writer profile</div></div>": a panel's title bar, no picture's.
            // "<div class="panel-caption">Posts Search</div><hr><form>…": the title of a panel holding a form (FormPanelTitleCaption).
            // "<a href="/chapters/five"><p class="footer-caption">Previous</p>…</a>": a pager's label, no picture's either.
            // "<aside class="shares social"><em>367</em><div class="caption">Shares</div>": a share box's label under its count.
            // "<div class="wp-caption alignleft"><h3>More On:</h3><h5><a>…</a></h5>…": a related-stories box floated in a
            // caption's layout, no picture's caption.
            // "<h2 class="caption">Related news</h2><ul>…": a box's title in a caption's type style (CaptionClassedHeading).
            // "<div class="post_byline"><span class="caption">By <a rel="author">Name</a> posted …": a byline in a caption's
            // type style (BylineCaptionStyle) stays where the byline is read.
            // "<div id="sidebar"><ul>…<img></a></li><center><figcaption>Radishes</figcaption>": a classic theme's sidebar column
            // of bare lists labels the blog's own link pictures (SidebarColumnCaption).
            if (SidebarWidgetCaption.Is(caption) || SidebarColumnCaption.Is(caption) || (PanelTitleCaption.Is(caption) && !CaptionInPictureCopyrightBox.Is(caption)) || FormPanelTitleCaption.Is(caption) || PagerLinkCaption.Is(caption) || ShareCountCaption.Is(caption)
                || HeadedLinkBoxInCaptionLayout.Is(caption) || CaptionClassedHeading.Is(caption) || BylineCaptionStyle.Is(caption)
                // "<blockquote><p>“…”</p><div class="…attribution caption-cli">- Name, role</div></blockquote>": a quotation's
                // speaker in a caption's type style stays with the quotation (PullQuoteAttributionCaption).
                || PullQuoteAttributionCaption.Is(caption))
            {
                continue;
            }

            // "<div class="js-play-video img-caption_video"><i class="fa fa-play"></i> <strong>Title</strong> <span>2:06</span>":
            // an inline player's label names the clip, no picture; a teaser, so no paragraph either. "<div
            // class="player-closedcaption">Closed Captioning … <select>…": a player's subtitle settings, whose labels
            // ("apply | reset", "font", "size") are no text either (ControlPanelCaption).
            // "<div class="caption-toggle"><div>SHOW CAPTION +</div><div>HIDE CAPTION –</div></div>": a slideshow's buttons
            // (CaptionToggleButtons), no caption and no text. "<span class="site-navigation__account-menu-caption">My Account</span>":
            // a navigation bar's button label (NavigationBarCaption), none either.
            // "<figure class="standard-video"><div class="video-player">…</div><figcaption>Clip title</figcaption>": a player's
            // figure captions the clip, no picture (VideoFigureCaption).
            // "<h1><span class="headline">…</span> <span class="caption">A letter to …</span></h1>": the headline's deck
            // (DeckInsideHeadline), no caption, no text and no part of the headline either.
            // "<span class="video-transcript-caption">00:01 But according to …</span>": a clip's transcript cue
            // (TranscriptCueCaption), no picture's caption and no text.
            // "<a href="/v/1"><img alt="Clip title"></a>…<div class="caption"><h4><a href="/video/1">Clip title</a></h4><p>Blurb.</p>":
            // a linked poster's title heading its caption box advertises the clip (LinkedPosterTitleCaption).
            // "<figcaption class="figcaption--hidden">© Name / Agency</figcaption>": a caption the template hides by its BEM
            // modifier (HiddenModifierCaption), a teaser card's credit kept for the picture index, is shown to no reader.
            // "<div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>": the player's
            // words for a reader it cannot play to (UnsupportedPlaybackNotice), no caption and no text.
            if (HiddenModifierCaption.Is(caption) || DeckInsideHeadline.Is(caption) || UnsupportedPlaybackNotice.Is(caption.TextContent.AsSpan().Trim()) || TranscriptCueCaption.Is(caption) || ClipTitleCaption.Is(caption) || ControlPanelCaption.Is(caption) || CaptionToggleButtons.Is(caption) || NavigationBarCaption.Is(caption) || VideoFigureCaption.Is(caption)
                || LinkedPosterTitleCaption.Is(caption))
            {
                caption.Remove();
                continue;
            }

            // An off-canvas menu panel's portrait of the blogger beside the site's menu is no picture of the story either,
            // and its credit no line for the text's reading to take as one; the caption boxes inside it go with it.
            if (panelCaptions?.Exists(panel => panel.Contains(caption)) == true)
            {
                continue;
            }

            if (MenuPanelCaption.Is(caption))
            {
                (panelCaptions ??= []).Add(caption);
                caption.Remove();
                continue;
            }

            // A teaser card's headline names another story: no caption, and no text.
            if (TeaserCardCaption.Of(caption) is { } teaser)
            {
                teaser.Remove();
                // A caption box nested in the teaser's ("<div class="flex-caption"><div class="slider-caption-wrapper">")
                // left with it: no entry of its own.
                taken.Add(teaser);
                continue;
            }

            // An issue's cover in a box advertising the issue is no picture of the story; the box leaves with the text's
            // furniture (LeadInLinkListBox).
            if (LeadInLinkListBox.Holds(caption))
            {
                continue;
            }

            // A picture of the next story a section's list expands after the page's own is no picture of this one.
            if (SiblingStoryArticle.Holds(caption))
            {
                continue;
            }

            // "<div class="caption-container"><div class="caption-text">…</div><div class="photo-byline">Name/Paper</div></div>"
            // (BLOX): the box was read with its credit; the caption text inside it is no second entry.
            if (taken.Any(box => box.Contains(caption)))
            {
                continue;
            }

            // "ui-caption", "uiScale-caption--regular": a type style for the small print of a byline or an author card
            // names no picture's caption; a caption holds no time and no picture's caption sits in a page header. The story's
            // own header, inside the article and holding the lead picture, does hold one (StoryHeaderCaption).
            // "<figure><img><footer>…</footer></figure>": a figure's closing words (FigureTextUnderPicture) are asked about
            // the box around their figure, a footer of their own being the figure's, no page footer.
            if (caption.LocalName != "figcaption" && !caption.ClassList.Contains("caption")
                && (caption.SelectFirst("time") is not null
                    || ((FigureTextUnderPicture.Is(caption) ? caption.ParentElement! : caption).Nearest("header, footer") is { } box && !StoryHeaderCaption.Holds(box)
                        // A box whose class names the picture's credit is the picture's caption in a story header without the picture too (CaptionInPictureCopyrightBox).
                        && (box.LocalName == "footer" || !CaptionInPictureCopyrightBox.Is(caption)))))
            {
                continue;
            }

            // The credit printed beside the caption in an element of its own ("p.media_credit", "<cite>Photo by …</cite>",
            // a copyright line over the picture) belongs to it, an empty layout spacer between them or not (SpacerBeforeCredit).
            // A picture box that classes its credit "byline" sets it there too (BylineClassedPictureCredit).
            var credit = SpacerBeforeCredit.NextShown(caption) is { } next && (IsCreditClass(next.ClassName) || next.LocalName == "cite" || BylineClassedPictureCredit.Is(caption, next)) ? next
                : caption is { LocalName: "figcaption", ParentElement: { LocalName: "figure" } figure } ? FigureCredit(figure, caption)
                : null;
            // "<img><p class="credit">AP Photo</p><p class="caption">…</p>": a credit set over its caption, between it and the
            // picture, reads as a line of its own before it, as a text dump prints it; in a photo table too, a row each.
            if (credit is null && TableCellAbove.Of(caption) is { } above && (IsCreditClass(above.ClassName) ? TableCellAbove.Of(above) : AttributionAboveCaption.IsAttribution(above) ? AttributionAboveCaption.ShownAbove(above) : null) is { } picture
                && IsPictureBox(picture) && NodeText.IsShorterThan(above, 120)
                && Whitespace.Collapse(above.TextContent) is { Length: > 0 } creditAbove)
            {
                AddNew(captions, creditAbove);

                above.Remove();
            }

            // "<span class="story-image"><img><span class="credit">©Name</span></span><p class="caption">…": the credit closing
            // the picture's box right over the caption is an entry of its own before it (CreditClosingPictureBox).
            if (credit is null && caption.PreviousElementSibling is { } pictureBox && CreditClosingPictureBox.Credit(pictureBox, IsCreditClass) is { } closingCredit)
            {
                AddNew(captions, Whitespace.Collapse(closingCredit.TextContent));

                closingCredit.Remove();
            }

            // "<figure><div><img><span class="credit">Name/AP Photo</span></div><figcaption>…": the figure's credit set
            // between its picture and its caption reads as a line of its own before the caption, as the credit row over a
            // caption does.
            if (credit is not null && FigureCreditAboveCaption.Is(credit, caption) && Whitespace.Collapse(credit.TextContent) is { Length: > 0 } creditOver)
            {
                AddNew(captions, creditOver);

                credit.Remove();
                credit = null;
            }

            // "<div class="content-caption"><div class="credit">Photographed by …</div><div class="description">…</div></div>":
            // the credit opening the caption box is an entry of its own before the caption's words (CreditOpeningCaptionBox).
            // It goes with the caption it opens: a caption read again (the same picture twice) brings no second credit.
            string? openingCredit = null;
            // A first line showing nothing but a cite is such a credit too, whatever its class (CiteLineOpeningCaption), and so
            // is a first line a media template names the picture's "author" (AuthorClassedCaptionCredit).
            if (credit is null && (CreditOpeningCaptionBox.Credit(caption, IsCreditClass) ?? CiteLineOpeningCaption.Credit(caption) ?? AuthorClassedCaptionCredit.Credit(caption)) is { } opening)
            {
                openingCredit = Whitespace.Collapse(opening.TextContent);
                opening.Remove();
            }

            // A player's caption box opening with the clip's title, the poster's alt text, over the blurb: the title is no part of it (PosterTitleHeadingInCaption).
            PosterTitleHeadingInCaption.Remove(caption);
            TidyCaption(caption);
            SlideshowDescriptionCaption.RemoveRepeatingHeadline(caption, Whitespace.Collapse(caption.TextContent));
            var text = EmptyCreditLabel.Without(string.Join(' ', HtmlText.Lines(caption).Concat(credit is null ? [] : HtmlText.Lines(credit)).Select(line => line.Text)));
            if (credit is not null && CaptionRepeatedWithCredit.Entry(caption, credit) is { } whole)
            {
                text = whole;
            }

            // A caption hidden from screen readers alone, its picture's alt text saying it for them, is shown (AriaHiddenAltCaption).
            if (text.Length == 0 && AriaHiddenAltCaption.Text(caption) is { } shownToEye)
            {
                text = shownToEye;
            }

            credit?.Remove();
            if (credit is not null)
            {
                // The credit box read with its caption is no caption of its own, though its class may name one too.
                taken.Add(credit);
            }

            if (text.Length > 0 && !GlyphCaption.Is(text) && !FileNameCaption.Is(text) && !GalleryCountLabel.Is(text) && !ReferenceCitationLine.Is(text) && !AdLabelBox.IsLabel(text) && !ScrollAdNote.Is(text) && repeated.IsNew(text, caption, captions))
            {
                if (openingCredit is not null)
                {
                    captions.Add(openingCredit);
                }

                captions.Add(text);
            }

            caption.Remove();
            taken.Add(caption);
        }

        captions.AddRange(PictureTableCaption.Read(document).Where(text => !captions.Contains(text)));

        // Without a figure, the caption is the line under the picture, known by its credit ("(Photo by …)").
        foreach (var image in document.SelectAll("img, picture").ToList())
        {
            // A picture in a box the page's own style hides ("display: none"), a hidden widget's icon tile, is shown to no
            // reader: the label under it is no caption (HiddenBoxPicture).
            if (HiddenBoxPicture.Is(image))
            {
                continue;
            }

            // "<p><img><br><em>(Credit: Name / Outlet)</em></p>": the credit under the picture in its own paragraph; two
            // charts by the same hand give it twice, an entry a picture, as a slideshow's repeated credits do.
            if (PictureParagraphCredit.Take(image) is { } credit)
            {
                captions.Add(credit);
                continue;
            }

            var picture = LonePictureBox.Around(image.ParentElement is { LocalName: "a" or "picture" } wrapper && wrapper.Children.Length == 1 ? wrapper : image);
            // A popular-posts widget's thumbnail over its headline, both linking to the other story, or both inside one link
            // to it: no caption.
            if (picture.NextElementSibling is { } headline && (TeaserCardCaption.IsHeadlineUnder(picture, headline) || TeaserCardCaption.IsHeadlineInSameLink(picture, headline)))
            {
                continue;
            }

            // A sidebar widget's card ("Our writers": a portrait over the name and a line of bio) is no picture of the story
            // either, as its classed captions are none (SidebarWidgetCaption).
            // "<a><img></a><br/><span>Caption, <span>© Name</span></span></div>": the line past a break closing the box (LineUnderPicturePastBreak).
            if (LineUnderPicturePastBreak.Below(picture) is { LocalName: "p" or "div" or "span" or "small" } below && NodeText.IsShorterThan(below, 500)
                && (CreditAlone(below, photoBylineBoxes) ?? CaptionDetector.TryRead(Whitespace.Collapse(below.TextContent)) ?? LineUnderPicturePastBreak.SignedCaption(picture, below) ?? CaptionBesideCreditLink.Read(below)) is { } read && !SidebarWidgetCaption.Is(below)
                // A page menu under the masthead's logo is a row of links, no caption (LinkRowUnderPicture).
                && !LinkRowUnderPicture.Is(below))
            {
                // A picture of another post in a stream that opens with the page's post is no picture of this one, though
                // its credit sits in no caption-classed box (SiblingStoryArticle, "a full story in an earlier wrapper").
                if (SiblingStoryArticle.Holds(image))
                {
                    continue;
                }

                // "Photo: Tony Abbott takes the oath … (AAP: Alan Porritt)" under the picture: an HTML caption keeps its label
                // as shown, as the text reader keeps it (ReadsHtml); only glued parts split into entries.
                var texts = read.Count == 1 && CreditAlone(below, photoBylineBoxes) is null ? [ShownText(below)] : read;
                // The same credit under two pictures of the story is an entry a picture, as in figures (RepeatedCreditOwnPicture).
                foreach (var text in texts)
                {
                    if (repeated.IsNewUnder(text, image, captions))
                    {
                        captions.Add(text);
                    }
                }

                // "<img><div>Photo by: Agency</div><div>Caption words … (AP Photo/Name)</div>": the caption after the
                // credit under the picture (CaptionAfterPictureCredit), asked only when the line under it was one entry.
                if (texts.Count == 1 && CaptionAfterPictureCredit.Take(below, texts[0]) is { } after && !captions.Contains(after))
                {
                    captions.Add(after);
                }

                below.Remove();
            }
            else if (PictureBoxCaption.Below(picture) is { } boxed && PictureBoxCaption.Read(picture, boxed) is { } boxCaption)
            {
                AddNew(captions, boxCaption);

                boxed.Remove();
            }
            else if (SmallPrintUnderPicture.Below(picture) is { } small)
            {
                // "<a><img></a> <small>The new ferry at the town pier</small></div>": the caption in small print closing the box;
                // "<img><br><sup>…</sup></p>", raised or lowered print too (RaisedOrLoweredPrintCaption).
                var text = Whitespace.Collapse(small.TextContent);
                AddNew(captions, text);

                small.Remove();
            }
            else if (CenteredItalicCaption.PictureParagraph(picture)?.NextElementSibling is { } centred && CenteredItalicCaption.Is(centred))
            {
                var text = Whitespace.Collapse(centred.TextContent);
                AddNew(captions, text);

                centred.Remove();
            }
            else if (CreditTitledPictureCaption.Below(picture, image) is { } titled)
            {
                // "<img title="Dana Ruiz/AP"><p>The senator spoke …</p>": the credit kept in the picture's tooltip, the
                // caption a plain paragraph under it.
                var text = Whitespace.Collapse(titled.TextContent);
                AddNew(captions, text);

                titled.Remove();
            }
            else if (CreditOverPicture.Take(picture, IsCreditClass) is { } over && !captions.Contains(over))
            {
                // "<span class="img-credit">Caption. Image: Name</span><img class="cover-image">": laid over the picture.
                captions.Add(over);
            }
            else if (AltTextEchoCaption.Below(image) is { } echo)
            {
                // "<section><img alt="Boats at the pier (Example/Name)"></section><strong>Boats at the pier <span>(Example/Name)</span>
                // </strong>": the line after the picture's box repeating its alt text is its caption.
                var text = Whitespace.Collapse(echo.TextContent);
                AddNew(captions, text);

                echo.Remove();
            }
            else if (CarouselSlideCaption.Below(image) is { } slideCaption)
            {
                // "<div aria-roledescription="slide"><picture><img></picture></div>…</div><p>Boats at the pier. (Name / Paper)</p>":
                // a carousel prints the shown slide's caption after the box of its slides.
                var text = ShownText(slideCaption);
                AddNew(captions, text);

                slideCaption.Remove();
            }
        }

        // "<div class="picture">…<img>…</div><div class="pin-button"><a></a></div><small class="credit">(Image credit: …)</small>":
        // a credit past an empty button under a deeply wrapped picture.
        CreditPastPinButton.Read(document, captions, IsCreditClass);

        // "<strong>Buses wait at the terminal … (Example/Dana Ruiz)</strong><h1>…": the cover picture's caption over the headline.
        if (CaptionOverHeadline.Take(document) is { } overHeadline && !captions.Contains(overHeadline))
        {
            captions.Insert(0, overHeadline);
        }

        foreach (var figure in document.SelectAll("figure").ToList())
        {
            figure.Remove();
        }

        return captions;
    }

    /// <summary>
    /// "&lt;div class="caption"&gt;&lt;div&gt;Goats on the island.&lt;/div&gt;&lt;div&gt;Photograph by Name&lt;/div&gt;&lt;/div&gt;": the box under
    /// a picture shows its caption and credit as lines of their own; read as shown, not as the markup's text run together
    /// ("… the island.Photograph by Name"). Whether the box is a caption is still read from its text run together, as
    /// before: a date row's spans ("24 Ago, 2026 06:28 p. m." / "Actualizado: …") make no caption spaced out either.
    /// </summary>
    private static string ShownText(IElement box) =>
        box.ChildElementCount == 0 ? Whitespace.Collapse(box.TextContent) : Whitespace.Collapse(string.Join(' ', HtmlText.Lines(box).Select(line => line.Text)));

    /// <summary>
    /// "&lt;div class="photo"&gt;&lt;img&gt;&lt;div class="credit"&gt;Scottsdale Police Department&lt;/div&gt;&lt;/div&gt;": a picture with no
    /// caption but its credit, in an element whose class says so, right under it; the credit is the caption entry, whatever its words.
    /// A bare element under it that holds a copyright sign and a short name is one too (<see cref="CopyrightSignUnderPicture"/>),
    /// and so is a box holding only the picture's media item's source (<see cref="MediaObjectSourceCredit"/>), or a
    /// "source"-classed line closing a box that shows nothing else (<see cref="SourceClassedPictureCredit"/>).
    /// </summary>
    private static List<string>? CreditAlone(IElement below, HashSet<IElement>? photoBylineBoxes) =>
        IsCreditClass(below.ClassName) && below.Children.Length == 0 && Whitespace.Collapse(below.TextContent) is { Length: > 0 and < 120 } credit
            // "© 2016 Example Inc." beside the logo in the page footer: the site's notice, no picture's credit.
            // The printout's letterhead logo and notice (PrintOnlyBox): never shown on screen, no picture's credit.
            ? FooterCopyrightBesideLogo.Is(below, credit) || PrintOnlyBox.Holds(below) ? null : [credit]
        : CreditInLayoutRow(below) is { } rowCredit ? [rowCredit]
        // "<span class="photo-data"><span class="byline">Publisher</span></span>" under the picture (PhotoBylineUnderPicture).
        : PhotoBylineUnderPicture.Read(below, photoBylineBoxes) is { } photoByline ? [photoByline]
        : CopyrightSignUnderPicture.Read(below) is { } signed ? [signed]
        : MediaObjectSourceCredit.Read(below) is { } source ? [source]
        : SourceClassedPictureCredit.Read(below) is { } sourceLine ? [sourceLine]
        : null;

    /// <summary>
    /// "&lt;div class="featured-media-wrapper"&gt;&lt;img&gt;&lt;/div&gt;&lt;div class="row"&gt;&lt;div class="columns end credit"&gt;
    /// Agency&lt;/div&gt;&lt;/div&gt;": a grid theme sets the picture's credit in a layout row of its own under the picture's box;
    /// the row holds nothing but the credit element, which holds only text.
    /// </summary>
    private static string? CreditInLayoutRow(IElement below) =>
        below.Children is [var only] && only.Children.Length == 0 && IsCreditClass(only.ClassName)
        && Whitespace.Collapse(only.TextContent) is { Length: > 0 and < 120 } credit && credit.Length == Whitespace.Collapse(below.TextContent).Length ? credit : null;

    /// <summary>A caption by its markup: one walk that reads each class once, where a selector list read it once per part.</summary>
    private static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption" || (element.ClassName is { } names && names.AsSpan().ContainsAny(CaptionClassParts) && !NoCaptionClassBox.Is(element))
        || IsShortCaptionClassUnderPicture(element) || IsCaptionField(element) || SlideshowDescriptionCaption.Is(element) || LegendUnderPicture.Is(element)
        || DefinitionListPictureCaption.Is(element) || AttachmentBoxCaption.Is(element)
        // "<div class="…-media-copyright">Caption … <div class="…__copyright">© Agency</div></div>": the caption as a credit box's own text (CaptionInPictureCopyrightBox).
        || CaptionInPictureCopyrightBox.Is(element);

    /// <summary>
    /// "&lt;span id="parent-fieldname-imageCaption" class=""&gt;…": Plone's News Item (and other field-rendering CMSs)
    /// names the caption field in the element's id, its class left empty; an element without child elements whose id
    /// says caption is one, as its class would say.
    /// </summary>
    private static bool IsCaptionField(IElement element) =>
        element.ChildElementCount == 0 && element.Id is { Length: > 6 } id && id.AsSpan().ContainsAny(CaptionClassParts)
        && element.TextContent.Length is > 0 and < 400;

    /// <summary>
    /// "&lt;img …&gt;&lt;div class="cnn_strylccimg300cap"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;", "&lt;div class="imgcap"&gt;": a class
    /// ending in "cap" right under the picture is its caption, as the network templates of 2010–2014 shortened it; a
    /// "recap" is a story.
    /// </summary>
    private static bool IsShortCaptionClassUnderPicture(IElement element) =>
        element.PreviousElementSibling is { LocalName: "img" }
        && element.ClassList.Any(name => name.EndsWith("cap", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("recap", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "&lt;figcaption&gt;&lt;span class="caption"&gt;… 2013.&lt;/span&gt;&lt;a&gt;Play&lt;/a&gt;&lt;span class="credit"&gt;Jane Doe/AP&lt;/span&gt;&lt;/figcaption&gt;":
    /// a player's button inside the caption is no part of it, nor is a "Buy Photo" link to the paper's photo store, and a
    /// credit there is set off by layout, not by a space,
    /// so it would read glued to the caption's last word.
    /// </summary>
    private static void TidyCaption(IElement caption)
    {
        var spaced = false;
        MicrodataCreditLabel.DropLabels(caption);
        PlaceholderCreditMark.Drop(caption);
        foreach (var element in DocumentOrder.Elements(caption).ToList())
        {
            // "Photo: via <a>Twitter</a>": the picture's source named after "via" is no button and stays (CreditSourceLink).
            if (element.LocalName is "a" or "button" && NodeText.IsShorterThan(element, 24) && Whitespace.Collapse(element.TextContent) is var label
                && (BoilerplateFilter.IsBoilerplate(label) || PhotoSaleLink.Is(label) || PictureViewerLink.Is(label))
                && !CreditSourceLink.Is(element))
            {
                // "<a class="enlarge-link">Enlarge</a> <span>/</span> Caption": the viewer's link goes with its separator (PictureViewerLink).
                if (PictureViewerLink.Is(label))
                {
                    PictureViewerLink.Remove(element);
                }
                else
                {
                    element.Remove();
                }
            }
            else if (!spaced && element != caption && (CreditInCaptionClass.ContainsNamePart(element.ClassName) || LabelledCreditSpan.Is(element) || MicrodataCreditLabel.IsCredit(element)) && element.ParentElement is { } parent)
            {
                var document = caption.Owner!;
                parent.InsertBefore(document.CreateTextNode(" "), element);
                parent.InsertBefore(document.CreateTextNode(" "), element.NextSibling);
                spaced = true;
            }
        }
    }

    /// <summary>"photo-credit", and K2's camel-cased "itemImageCredits" beside its "itemImageCaption".</summary>
    private static bool IsCreditClass(string? className) =>
        CreditClass.ContainsNamePart(className) || (className is { Length: > 0 } && (className.EndsWith("Credits", StringComparison.Ordinal) || className.EndsWith("Credit", StringComparison.Ordinal)));

    /// <summary>A credit elsewhere in the figure than its caption: "&lt;span class="story-image-copyright"&gt;Getty Images&lt;/span&gt;".</summary>
    private static IElement? FigureCredit(IElement figure, IElement caption)
    {
        foreach (var element in DocumentOrder.Elements(figure))
        {
            // "helloImageCredits_h16uji24": a CSS-in-JS template's credit class with its generated hash (HashSuffixedCreditClass).
            if (element != figure && (CreditClass.ContainsNamePart(element.ClassName) || HashSuffixedCreditClass.Is(element.ClassName)) && !caption.Contains(element) && !element.Contains(caption)
                && NodeText.IsShorterThan(element, 120))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>A credit or caption printed twice on the page (two pictures, one credit) is one entry.</summary>
    private static void AddNew(List<string> captions, string text)
    {
        if (!captions.Contains(text))
        {
            captions.Add(text);
        }
    }
}
