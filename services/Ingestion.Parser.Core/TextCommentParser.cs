namespace Ingestion.Parser.Core;

/// <summary>
/// Splits the comment section of a plain-text page into comments. Comments start at an author line, either an explicit
/// one ("Name says:", "1. Name", "• Name") or a short line right before a date line; the date sits either under the
/// author or at the foot of the comment, and replies are nested by bullets or indentation.
/// </summary>
internal static class TextCommentParser
{
    private readonly record struct Start(int Line, string? Author, PageTime? Time, string? FirstParagraph, string? Parent = null);

    public static IReadOnlyList<ParsedComment> Parse(PageLines lines)
    {
        var kinds = new CommentLine.Kind[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            kinds[i] = CommentLine.Classify(lines, i);
        }

        var places = new HashSet<int>();
        var starts = WithRemovedPlaces(kinds, FindStarts(lines, kinds, places));
        places.UnionWith(SubjectOverSubmittedBy.Find(lines, kinds, [.. starts.Select(start => start.Line)]));
        if (starts.TrueForAll(start => start.FirstParagraph is null))
        {
            List<int> written = [.. starts.Where(start => kinds[start.Line] != CommentLine.Kind.Removed).Select(start => start.Line)];
            places.UnionWith(OpeningSubjectLines.Find(lines, kinds, places, written, written.Count == 0 ? 0 : EndOfThread(lines, written[^1])));
        }

        var indents = new HeaderIndents(starts.Select(start => lines[start.Line].Indent));
        var threader = new CommentThreader();
        var signedAtFoot = starts.Count >= 2 && FootSignedThread.Is(kinds, places, [.. starts.Select(start => start.Line)], EndOfThread(lines, starts[^1].Line));
        var openReplies = 0;
        var openedAt = -1;
        // "#3 … (respuesta al #2)": the ordinal each comment the page numbers was given, by its number.
        Dictionary<int, int>? numberedOrdinals = null;
        for (var s = 0; s < starts.Count; s++)
        {
            var start = starts[s];
            // "Hide replies (2)" under the comment above, and this one at its depth: the next two answer it.
            if (s > 0 && Depth(lines, indents, start.Line) == Depth(lines, indents, starts[s - 1].Line) && openReplies == 0
                && ExpandedReplies.Between(lines, starts[s - 1].Line, start.Line) is > 0 and var opened)
            {
                openReplies = opened;
                openedAt = Depth(lines, indents, starts[s - 1].Line);
            }

            // The next post's headline ("5. Drohkulisse?") stands above its header: it is that post's, not this one's.
            var end = s + 1 < starts.Count ? starts[s + 1].Line - (PostTitleAbove(lines, kinds, starts[s + 1]) is null ? 0 : 1) : EndOfThread(lines, start.Line);
            if (s + 1 < starts.Count && PreviousNonBlank(kinds, starts[s + 1].Line) is var avatar && avatar > start.Line && avatar < end
                && AvatarAltText.IsOver(lines, avatar, starts[s + 1].Author))
            {
                end = avatar;
            }
            if (kinds[start.Line] == CommentLine.Kind.Removed)
            {
                var place = s == 0 ? start.Line : PlaceholderUnderHeader.PlaceLine(kinds, starts[s - 1].Line, starts[s - 1].Author, start.Line);
                threader.HoldPlace(Depth(lines, indents, place));
                continue;
            }

            var lastText = LastText(kinds, places, start.Line + 1, end);
            var time = start.Time;
            // "In reply to Reply:" over a signed comment's text: the reference heads the comment under it.
            string? replyReference = PreviousNonBlank(kinds, start.Line) is var over and >= 0 && kinds[over] == CommentLine.Kind.ReplyReference
                ? lines[over].Text : null;
            var paragraphs = new List<string>();
            var pastButtons = false;
            if (PostTitleAbove(lines, kinds, start) is { } title && !IsBySignature(lines[start.Line].Text))
            {
                paragraphs.Add(title);
            }

            if (start.FirstParagraph is { } first)
            {
                paragraphs.Add(Whitespace.Collapse(first));
            }

            for (var i = start.Line + 1; i < end; i++)
            {
                if (kinds[i] == CommentLine.Kind.Date && i < lastText && (paragraphs.Count > 0 || HasDate(kinds, lastText + 1, end))
                    && !(paragraphs.Count > 0 && (ButtonRowTime.Is(lines[i].Text) || IsOverButtons(kinds, i, end))))
                {
                    // "March 2, 2009" or "6:15 am" between the writer's lines, under another time: quoted, not posted. A time
                    // right over the comment's buttons is its own, whatever the page prints under them ("Comment number 12.").
                    paragraphs.Add(Whitespace.Collapse(lines[i].Text));
                }
                else if (kinds[i] == CommentLine.Kind.Date)
                {
                    // "Reply · Like · 1 day ago" under the text: the comment's buttons end it, with its time among them.
                    pastButtons |= paragraphs.Count > 0 && ButtonRowTime.Is(lines[i].Text);
                    if (time is null && (lines.TryParseDate(i, out var parsed) || CommentLine.TryParseAfterActions(lines[i].Text, out parsed)))
                    {
                        time = ClockUnderCommentDate.Joined(lines, i, end, parsed);
                    }
                }
                else if (kinds[i] == CommentLine.Kind.ReplyReference && paragraphs.Count == 0)
                {
                    // Under the header, before the text; one after the text heads the next comment.
                    replyReference ??= lines[i].Text;
                }
                else if (AvatarAltText.IsAlone(lines[i].Text))
                {
                    // The picture cell beside the text, not a button under it.
                }
                else if (kinds[i] == CommentLine.Kind.Action || places.Contains(i) || (kinds[i] == CommentLine.Kind.Boilerplate && lines.IsBoilerplate(i)))
                {
                    // A signature under the text ends the comment as its buttons do.
                    pastButtons |= paragraphs.Count > 0;
                }
                else if (kinds[i] == CommentLine.Kind.Text && paragraphs.Count == 0 && i < lastText && i == NextNonBlank(kinds, start.Line)
                    && (FacebookProfileLine.Is(lines[i].Text) || ProfileHeadlineLine.Is(lines[i].Text)))
                {
                    // "Trevor Haskins" / "Owner at Haskins Coffee" / text: the profile's subtitle under the name, over the text.
                }
                else if (kinds[i] == CommentLine.Kind.Text && paragraphs.Count > 0 && ReaderRevenueBanner.Is(lines[i].Text))
                {
                    // "Support Brookfield Corner" under the last comment: the site's box, with what follows it.
                    pastButtons = true;
                }
                else if (kinds[i] == CommentLine.Kind.Text && !places.Contains(i) && !pastButtons)
                {
                    // Lines after a comment's buttons and before the next comment are the page's again (a footer's links).
                    paragraphs.Add(Whitespace.Collapse(AvatarAltText.WithoutLeading(lines[i].Text)));
                }
            }

            if (signedAtFoot)
            {
                paragraphs = FootSignedThread.Paragraphs(lines, kinds, places, s == 0 ? -1 : starts[s - 1].Line, start.Line);
            }

            if (paragraphs.Count == 0)
            {
                continue;
            }

            replyReference ??= start.Parent;
            replyReference ??= start.Author is null ? null : CommentAuthor.ReplyReference(start.Author);
            replyReference ??= NumberedSubjectOverSigner.RepliedTo(lines, kinds, [.. starts.Select(other => (other.Line, other.Author))], s);
            // An unindented reply under "In Response" answers the comment above it at the thread's top level.
            var depth = Depth(lines, indents, start.Line) + (ReplyMarker.Marks(lines, start.Line) ? 1 : 0) + OutlineNumberMarker.ReplyLevel(lines, start.Line, end);
            if (openReplies > 0 && depth == openedAt)
            {
                depth++;
                openReplies--;
            }

            var header = lines[start.Line].Text;
            int? answeredOrdinal = numberedOrdinals is not null && (NumberedReplyReference.TryRead(header, out var answeredNumber)
                || (replyReference is not null && NumberedReplyReference.TryReadLine(replyReference, out answeredNumber)))
                && numberedOrdinals.TryGetValue(answeredNumber, out var answered) ? answered : null;
            if (NumberedReplyReference.TryReadOwnNumber(header, out var ownNumber))
            {
                (numberedOrdinals ??= [])[ownNumber] = threader.Count + 1;
            }

            threader.Add(depth, start.Author, time?.ToIso(), paragraphs, replyReference, answeredOrdinal);
        }

        return threader.Finish();
    }

    /// <summary>
    /// "2. Respekt" right above "hanna.w heute, 16:52 Uhr": a forum numbers its posts and prints each post's own headline
    /// over its header; the headline is the reader's words, the post's first paragraph.
    /// </summary>
    private static string? PostTitleAbove(PageLines lines, CommentLine.Kind[] kinds, Start start)
    {
        var above = start.Line - 1;
        if (start.Author is null || start.Time is null || above < 0 || kinds[above] is not (CommentLine.Kind.Text or CommentLine.Kind.Boilerplate))
        {
            return null;
        }

        var title = CommentLine.StripMarker(lines[above].Text, out var marker);
        // A numbered header with its own time ("1. Name · date") starts a comment of its own.
        CommentLine.TryReadAuthor(lines[above].Text, out _, out var time, out _);
        return marker == CommentLine.Marker.Number && title.Length > 0 && time is null ? Whitespace.Collapse(title.ToString()) : null;
    }

    /// <summary>
    /// "1. THAT IS HOW YOU DO IT" over "by RiverCityTitan on Sep 22, 2013 | 4:31 PM": a comment system that signs each
    /// comment "by Name on date" (SB Nation, Slashdot, Kuro5hin) prints the subject the reader gave it above; a subject
    /// is no paragraph, as it is not over an unnumbered signature either.
    /// </summary>
    private static bool IsBySignature(string header) =>
        header.AsSpan().TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The last comment ends at the "Post a comment" form or the footer under the thread: a section read from the page's
    /// markup holds them too, and the form's rules would otherwise read as the comment's text under its date.
    /// </summary>
    private static int EndOfThread(PageLines lines, int lastStart)
    {
        for (var i = lastStart + 1; i < lines.Count; i++)
        {
            // "Latest News" over headline links: the site's rail under the thread, which a comment's buttons no longer mark off.
            if (lines.HeadingKind(i) is CommentHeadings.Kind.Form or CommentHeadings.Kind.Footer || LatestSectionRail.End(lines, i, lines.Count) >= 0)
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static int Depth(PageLines lines, HeaderIndents indents, int line)
    {
        CommentLine.StripMarker(lines[line].Text, out var marker);
        return (indents.Level(lines[line].Indent) * 2) + (marker == CommentLine.Marker.Bullet ? 1 : 0);
    }

    /// <summary>A removed comment's placeholder ends the comment above it and holds its place in the thread for the replies under it.</summary>
    private static List<Start> WithRemovedPlaces(CommentLine.Kind[] kinds, List<Start> starts)
    {
        if (!kinds.Contains(CommentLine.Kind.Removed))
        {
            return starts;
        }

        var removed = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == CommentLine.Kind.Removed).Select(i => new Start(i, null, null, null));
        return [.. starts.Concat(removed).OrderBy(start => start.Line)];
    }

    private static int LastText(CommentLine.Kind[] kinds, HashSet<int> places, int from, int end)
    {
        for (var i = end - 1; i >= from; i--)
        {
            if (kinds[i] == CommentLine.Kind.Text && !places.Contains(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the line follows a header that holds no text of its own, with no text between them.</summary>
    /// <summary>"mary_t replied:", "Name says:": a header that ends with its saying verb's colon, the text under it.</summary>
    private static bool IsSayingHeader(string header) =>
        header.AsSpan().TrimEnd() is [.., ':'] && !QuotedPosterLine.IsLabelAlone(header);

    private static bool IsRightUnderBareHeader(CommentLine.Kind[] kinds, List<Start> starts, int line)
    {
        if (starts.Count == 0 || starts[^1].FirstParagraph is not null)
        {
            return false;
        }

        for (var i = starts[^1].Line + 1; i < line; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "hollowrd" / "Mon Mar 11, 2013 1:15 pm" / "Tom Wexford wrote: Get the engineer in …": a forum post's header of a
    /// name over a date, with no "says:" of its own, right over the quoting line.
    /// </summary>
    private static bool IsRightUnderNameAndDate(PageLines lines, CommentLine.Kind[] kinds, int line) =>
        line >= 2 && kinds[line - 1] == CommentLine.Kind.Date && kinds[line - 2] == CommentLine.Kind.Text
        && lines[line - 2].Text.Length <= 40 && Words.LooksLikeName(lines[line - 2].Text.AsSpan().Trim());

    private static bool HasDate(CommentLine.Kind[] kinds, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (kinds[i] == CommentLine.Kind.Date)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Start> FindStarts(PageLines lines, CommentLine.Kind[] kinds, HashSet<int> places)
    {
        var explicitStarts = new List<Start>();
        var followedByDate = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text && NumberedNameOverTime.TryReadDateName(lines, i, out var dateName) && !CommentLine.TryReadAuthor(lines[i].Text, out _, out _, out _))
            {
                explicitStarts.Add(new Start(i, dateName, null, null));
                continue;
            }

            if (kinds[i] == CommentLine.Kind.Text && CommentLine.TryReadAuthor(lines[i].Text, out var author, out var time, out var rest))
            {
                if (rest is not null && (IsRightUnderBareHeader(kinds, explicitStarts, i) || IsRightUnderNameAndDate(lines, kinds, i)) && QuotedPosterLine.Is(lines[i].Text))
                {
                    continue;
                }

                // "by marge_w » Thu Oct 15, 2020 10:47 am" / "hollowtop wrote:" / "About time.": the quote's label under a
                // timed header with no text yet opens the post's text.
                // "Dutch" / "Thu Sep 26, 2013 9:47 am" / "ranchwife_mt wrote:" / the quoted words: so under a name over its time.
                // "mary_t replied:" / "hank_bolles wrote:" / the quoted words: so under a saying header, whose time is under the text.
                if (rest is null && time is null
                    && ((explicitStarts.Count > 0 && (explicitStarts[^1].Time is not null || IsSayingHeader(lines[explicitStarts[^1].Line].Text)) && IsRightUnderBareHeader(kinds, explicitStarts, i))
                        || IsRightUnderNameAndDate(lines, kinds, i))
                    && NextKind(kinds, i) == CommentLine.Kind.Text && (QuotedPosterLine.IsLabelAlone(lines[i].Text) || QuotedPosterLine.IsWritesLabelAlone(lines[i].Text)))
                {
                    continue;
                }

                // "1. Smile diplomacy" over "Eli, Haifa" over the time: the subject, whose signature under it starts the comment.
                if (time is null && i + 2 < kinds.Length && kinds[i + 1] == CommentLine.Kind.Text && kinds[i + 2] == CommentLine.Kind.Date
                    && NumberedSubjectOverSigner.SubjectAbove(lines, kinds, i + 1) == i)
                {
                    continue;
                }

                // "Peter Ahlers schrieb am 26.09.2013 um 07:14 Uhr:" / "Stand heute:": the reader's lead-in that reads as a date.
                if (lines.TryParseDate(i, out _) && DateUnderDatedHeader.Is(lines, i))
                {
                    continue;
                }

                explicitStarts.Add(new Start(i, author, time, rest));
                followedByDate += time is not null || NextKind(kinds, i) == CommentLine.Kind.Date ? 1 : 0;
            }
        }

        if (UnderNumberedTitles(lines, kinds, explicitStarts, places) is { } named)
        {
            return named;
        }

        if (explicitStarts.Count > 1 && IsSignedAtFoot(lines, kinds, explicitStarts))
        {
            return SignedStarts(lines, kinds, explicitStarts, places);
        }

        if (TimedAbove(lines, kinds, explicitStarts, places) is { } timedAbove)
        {
            return timedAbove;
        }

        if (explicitStarts.Count > 0 && followedByDate * 2 < explicitStarts.Count)
        {
            return WithFooterTimedNames(lines, kinds, explicitStarts, places);
        }

        var headerStarts = HeaderStyleStarts(lines, kinds, places, out var footerVotes);
        // Text / "Name, Town" / date / "Report abuse | Reply": each name over its date signs the text above it.
        if (explicitStarts.Count == 0 && headerStarts.Count >= 2 && headerStarts.All(start => start.Author is not null)
            && SignatureOverDateAndButtons.SignsEvery(lines, kinds, [.. headerStarts.Select(start => start.Line)], EndOfThread(lines, headerStarts[^1].Line)))
        {
            var signatures = headerStarts.Select(start => start with
            {
                Time = start.Time ?? (lines.TryParseDate(start.Line + 1, out var time) ? time : null),
            }).ToList();
            return SignedStarts(lines, kinds, signatures, places);
        }

        // No name over a date and no date under text: the times stand under the buttons ("Reply · Like · 41 Likes" / date).
        // "DeltaBlues" / text / "Like · Reply · Share": a thread whose times the scraper did not print has no header to find;
        // its button rows still close each comment.
        var untimedButtonThread = headerStarts.Count == 0 && footerVotes == 0 && explicitStarts.Count == 0 && NameTextButtonRuns(lines, kinds) >= 2;
        if (explicitStarts.Count > 0 || (headerStarts.Count >= footerVotes && (headerStarts.Count > 0 || footerVotes > 0 || (!kinds.Contains(CommentLine.Kind.Date) && !untimedButtonThread))))
        {
            var merged = new SortedDictionary<int, Start>();
            foreach (var start in headerStarts.Concat(explicitStarts))
            {
                merged[start.Line] = start;
            }

            foreach (var nameless in NamelessHeaderTime.Find(lines, kinds, [.. merged.Keys]))
            {
                merged.TryAdd(nameless, new Start(nameless, null, lines.TryParseDate(nameless, out var time) ? time : null, null));
            }

            return [.. merged.Values];
        }

        return FooterStyleStarts(lines, kinds, places);
    }

    /// <summary>
    /// How many name lines stand over one line of text and a button row ("DeltaBlues" / text / "Like · Reply · Share", or
    /// "AdamCh" / text / "Flag" where the reply link was dropped).
    /// </summary>
    private static int NameTextButtonRuns(PageLines lines, CommentLine.Kind[] kinds)
    {
        var runs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != CommentLine.Kind.Text || !Words.LooksLikeName(lines[i].Text.Trim()))
            {
                continue;
            }

            var text = NextNonBlank(kinds, i);
            var buttons = text < kinds.Length ? NextNonBlank(kinds, text) : kinds.Length;
            runs += buttons < kinds.Length && kinds[text] == CommentLine.Kind.Text && Words.EndsSentence(lines[text].Text.Trim())
                && kinds[buttons] == CommentLine.Kind.Action && CommentLine.IsCommentButtonRow(lines[buttons].Text) ? 1 : 0;
        }

        return runs;
    }

    /// <summary>
    /// Every numbered line with no time over a bare name line ("1. Kenne ich" / "Anna aus Altona"): each comment starts at
    /// the name, and its title is no text (<see cref="NumberedTitleOverName"/>).
    /// </summary>
    private static List<Start>? UnderNumberedTitles(PageLines lines, CommentLine.Kind[] kinds, List<Start> starts, HashSet<int> notText)
    {
        if (starts.Count < 2 || starts.Any(start => start.Time is not null || start.FirstParagraph is not null))
        {
            return null;
        }

        // A title the author reader turns down ("3. Und dann?") heads its comment all the same.
        var titles = Enumerable.Range(0, lines.Count).Where(i => kinds[i] == CommentLine.Kind.Text && NumberedTitleOverName.NameUnder(lines, kinds, i) >= 0).ToList();
        if (starts.Any(start => !titles.Contains(start.Line)))
        {
            return null;
        }

        notText.UnionWith(titles);
        return [.. titles.Select(title => NumberedTitleOverName.NameUnder(lines, kinds, title)).Select(name => new Start(name, Whitespace.Collapse(lines[name].Text), null, null))];
    }

    /// <summary>A talkback's subject over each signed comment's text heads the comment: its text starts on the next line.</summary>
    private static List<Start> WithoutSubjects(PageLines lines, CommentLine.Kind[] kinds, List<Start> starts, List<Start> signatures, HashSet<int> notText)
    {
        var texts = starts.Select((start, s) => Enumerable.Range(start.Line, signatures[s].Line - start.Line)
            .Where(i => kinds[i] == CommentLine.Kind.Text && !notText.Contains(i)).ToList()).ToList();
        if (!TalkbackSubjects.HeadEvery([.. texts.Select(text => (IReadOnlyList<string>)[.. text.Select(i => Whitespace.Collapse(lines[i].Text))])]))
        {
            return starts;
        }

        notText.UnionWith(texts.Where(text => text.Count >= 2).Select(text => text[0]));
        return [.. starts.Select((start, s) => texts[s].Count >= 2 ? start with { Line = texts[s][1], FirstParagraph = lines[texts[s][1]].Text } : start)];
    }

    /// <summary>
    /// Text, then "- Janet, Stockport, United Kingdom, 26/9/2013 11:42", then buttons: every author line with a time
    /// stands under text, so it signs the text above it. The buttons may be missing (Movable Type's "Posted by: Name |
    /// date" under each comment, then the next comment's text), but the last signature has no text under it: a header would.
    /// </summary>
    /// <remarks>
    /// "Join the discussion | Read all letters" under the last signature is the thread's link row, no comment's text. Under
    /// "Posted by: Name | date" signatures (<see cref="PostedByColonSignature"/>) the form may follow at once.
    /// </remarks>
    private static bool IsSignedAtFoot(PageLines lines, CommentLine.Kind[] kinds, List<Start> starts) =>
        starts.All(start => (start.Time is not null || DateOverText(kinds, start.Line) >= 0) && start.FirstParagraph is null && SignsTextAbove(kinds, start.Line))
        && (NextKind(kinds, starts[^1].Line) is not CommentLine.Kind.Text || IsTabRow(lines[NextNonBlank(kinds, starts[^1].Line)].Text)
            || starts.All(start => PostedByColonSignature.Is(lines[start.Line].Text)));

    /// <summary>
    /// "Sep 14, 2014 10:12am EDT" / text / "Posted by kirsty_macd | Report as abusive": a signature with no time of its own
    /// under text whose time heads it. The date line right above the run of text lines over the signature, or -1.
    /// </summary>
    private static int DateOverText(CommentLine.Kind[] kinds, int signature)
    {
        var i = PreviousNonBlank(kinds, signature);
        while (i >= 0 && kinds[i] == CommentLine.Kind.Text)
        {
            i = PreviousNonBlank(kinds, i);
        }

        return i >= 0 && kinds[i] == CommentLine.Kind.Date ? i : -1;
    }

    /// <summary>
    /// The signature stands under the text, under an edit note ("Last edited on 10/02/2013 at 3:40 PM") under the text,
    /// or under a removed comment's placeholder, which a site signs as it signed the comment.
    /// </summary>
    private static bool SignsTextAbove(CommentLine.Kind[] kinds, int signature)
    {
        var above = PreviousNonBlank(kinds, signature);
        if (above >= 0 && kinds[above] == CommentLine.Kind.Date)
        {
            above = PreviousNonBlank(kinds, above);
        }

        return above >= 0 && kinds[above] is CommentLine.Kind.Text or CommentLine.Kind.Removed;
    }

    /// <summary>
    /// "7:12am Wed 14 Mar 12" / "Bigal, St Leonards says..." / text: the time stands right over each header. Most headers
    /// have one; a "Name says..." or "Name wrote:" without one is a quotation inside a comment. Null for other layouts.
    /// </summary>
    private static List<Start>? TimedAbove(PageLines lines, CommentLine.Kind[] kinds, List<Start> headers, HashSet<int> times)
    {
        var timed = new List<Start>();
        foreach (var header in headers)
        {
            var above = header.Line - 1;
            if (header.Time is null && header.FirstParagraph is null && above >= 0 && kinds[above] == CommentLine.Kind.Date
                && lines.TryParseDate(above, out var time) && time.Date is not null)
            {
                // "Mary from Bexhill, Bexhill": the name, then the writer's town.
                var comma = header.Author!.IndexOf(", ", StringComparison.Ordinal);
                timed.Add(header with { Author = comma > 0 ? header.Author[..comma] : header.Author, Time = time });
            }
        }

        // Under a foot-dated thread each time stands over the next header as well: but the first header has none over
        // it, and the last comment's time stands under its text.
        if (timed.Count < 2 || timed.Count * 4 < headers.Count * 3 || timed[0].Line != headers[0].Line || HasDate(kinds, timed[^1].Line + 1, kinds.Length))
        {
            return null;
        }

        foreach (var header in timed)
        {
            times.Add(header.Line - 1);
        }

        return timed;
    }

    /// <summary>Each signed comment starts at the first text line after the previous comment's signature; the signature is no paragraph.</summary>
    private static List<Start> SignedStarts(PageLines lines, CommentLine.Kind[] kinds, List<Start> signatures, HashSet<int> notText)
    {
        var starts = new List<Start>();
        var from = 0;
        foreach (var signature in signatures)
        {
            // The text is the run of lines right above the signature: a number, a sort bar or a heading above it is not.
            var first = signature.Line;
            if (PreviousNonBlank(kinds, first) is var edited and >= 0 && kinds[edited] == CommentLine.Kind.Date && edited > from)
            {
                first = edited;
            }

            while (first > from && kinds[first - 1] is CommentLine.Kind.Text or CommentLine.Kind.Blank && !notText.Contains(first - 1))
            {
                first--;
            }

            while (first < signature.Line && kinds[first] != CommentLine.Kind.Text)
            {
                first++;
            }

            // "Janet, Stockport, United Kingdom": the name, then the writer's town and country.
            var comma = signature.Author!.IndexOf(", ", StringComparison.Ordinal);
            var author = comma > 0 ? signature.Author[..comma] : signature.Author;
            notText.Add(signature.Line);
            var time = signature.Time;
            if (time is null && DateOverText(kinds, signature.Line) is >= 0 and var dateLine && lines.TryParseDate(dateLine, out var headed))
            {
                time = headed;
            }

            starts.Add(new Start(first, author, time, first < signature.Line ? lines[first].Text : null));
            from = signature.Line + 1;
        }

        starts = WithoutSubjects(lines, kinds, starts, signatures, notText);
        return [.. HeadedAbove(lines, kinds, starts[0].Line, notText), .. starts];
    }

    /// <summary>
    /// Promoted or featured comments above a signed thread are printed with a header instead: "Name" / a rank or badge /
    /// "jump to post", then the text. A name-like line with at most one more over a button line, and text under it, starts one.
    /// </summary>
    private static List<Start> HeadedAbove(PageLines lines, CommentLine.Kind[] kinds, int limit, HashSet<int> notText)
    {
        var starts = new List<Start>();
        for (var i = 0; i < limit; i++)
        {
            if (kinds[i] != CommentLine.Kind.Text || !Words.LooksLikeName(lines[i].Text))
            {
                continue;
            }

            var next = NextNonBlank(kinds, i);
            var badge = next < limit && kinds[next] == CommentLine.Kind.Text && Words.LooksLikeName(lines[next].Text) ? next : -1;
            var buttons = badge >= 0 ? NextNonBlank(kinds, badge) : next;
            if (buttons >= limit || kinds[buttons] != CommentLine.Kind.Action || NextNonBlank(kinds, buttons) is var text && (text >= limit || kinds[text] != CommentLine.Kind.Text))
            {
                continue;
            }

            if (badge >= 0)
            {
                notText.Add(badge);
            }

            starts.Add(new Start(i, Whitespace.Collapse(lines[i].Text), null, null));
            i = buttons;
        }

        return starts;
    }

    private static bool IsOverButtons(CommentLine.Kind[] kinds, int index, int end) =>
        NextNonBlank(kinds, index) is var next && next < end && kinds[next] == CommentLine.Kind.Action;

    private static int NextNonBlank(CommentLine.Kind[] kinds, int index)
    {
        var i = index + 1;
        while (i < kinds.Length && kinds[i] == CommentLine.Kind.Blank)
        {
            i++;
        }

        return i;
    }

    /// <summary>"gulliver" / "Member" / "Joined: 12 Jan 2006" / "Posts: 213" / date: a forum-style panel between the name and the time.</summary>
    private static int AbovePosterPanel(PageLines lines, CommentLine.Kind[] kinds, int previous)
    {
        var above = previous;
        var panel = false;
        // "1,203 Fans" / "Become a fan": the follow button under the count is furniture of the panel as well.
        for (var fields = 0; above > 0 && (kinds[above] == CommentLine.Kind.Action || (kinds[above] == CommentLine.Kind.Boilerplate && FanButtonLine.Is(lines[above].Text))) && fields < 5; fields++)
        {
            panel |= CommentLine.IsPosterPanelField(lines[above].Text);
            above = PreviousNonBlank(kinds, above);
        }

        return panel ? above : previous;
    }

    /// <summary>"Name" then a date line: the name starts a comment. Date lines after body text vote for the other layout.</summary>
    private static List<Start> HeaderStyleStarts(PageLines lines, CommentLine.Kind[] kinds, HashSet<int> places, out int footerVotes)
    {
        var starts = new List<Start>();
        footerVotes = 0;
        var badgedHeaders = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != CommentLine.Kind.Date)
            {
                continue;
            }

            var previous = PreviousNonBlank(kinds, i);
            if (previous > 0 && kinds[previous] == CommentLine.Kind.ReplyReference)
            {
                previous = PreviousNonBlank(kinds, previous);
            }

            // "Mike" / "Location" / "Randwick" / "Date and time" / date: the labelled fields stand between the name and its time.
            if (previous > 0 && CommentLine.IsFieldLabel(lines[previous].Text))
            {
                previous = PreviousNonBlank(kinds, previous);
            }

            if (previous > 0 && PreviousNonBlank(kinds, previous) is var label and > 0 && CommentLine.IsFieldLabel(lines[label].Text))
            {
                places.Add(previous);
                previous = PreviousNonBlank(kinds, label);
            }

            // "Priya Venkatesan" / "Author" / "2 hours ago", "Tom Whitcombe" / "Chronicle Pick" / date: a badge on a line of
            // its own between the name and the time.
            if (previous > 0 && kinds[previous] == CommentLine.Kind.Action && (CommentAuthor.IsBadgeAlone(lines[previous].Text) || CommentLine.IsPickBadge(lines[previous].Text)))
            {
                previous = PreviousNonBlank(kinds, previous);
            }

            // "Brian Lacey" / "•" / "2 months ago": the header's separator dot on a line of its own.
            if (previous == i - 1 && previous > 0 && kinds[previous] == CommentLine.Kind.Action && StackedReplyHeader.IsSeparatorAlone(lines[previous].Text))
            {
                previous = PreviousNonBlank(kinds, previous);
            }

            previous = AbovePosterPanel(lines, kinds, previous);

            if (previous < 0 || kinds[previous] != CommentLine.Kind.Text)
            {
                continue;
            }

            // "Mick Dawes:" / "17 Sep 2013 10:48:05am": some sites end the name with a colon.
            var name = LabelledNameClosingStop.Without(BadgeCells.Without(CommentLine.StripMarker(lines[previous].Text, out _).TrimEnd(':')));
            if (StackedReplyHeader.NamesEarlierWriter(lines, kinds, previous - 1, previous, starts.Select(start => start.Author)))
            {
                places.Add(previous);
                starts.Add(new Start(previous - 1, Whitespace.Collapse(lines[previous - 1].Text.Trim()), null, null, Whitespace.Collapse(lines[previous].Text.Trim())));
            }
            else if (previous == i - 1 && Words.LooksLikeName(name) && NumberedSubjectOverSigner.SubjectAbove(lines, kinds, previous) is var subject and >= 0)
            {
                places.Add(subject);
                starts.Add(new Start(previous, NumberedSubjectOverSigner.Signer(name), null, null));
            }
            else if (RepliedToHeader.TryRead(name, out var writer, out var parent))
            {
                starts.Add(new Start(previous, writer, null, null, parent));
            }
            else if (CommenterJobTitle.NameOf(name) is { } titled)
            {
                starts.Add(new Start(previous, titled, null, null));
            }
            else if (Words.LooksLikeName(name) || NameCommaPlace.Is(name) || DateNameOverFullTime.Is(lines, previous))
            {
                // "Name" / "Portland, OR" / date: the line right above the date is the writer's place when a name stands above it,
                // first in its block. After a blank line under text, only a "Town, Country" place counts: a one-word line there may
                // be a handle under a button row that a dump glued together ("RespectReplyShareReport" / "MarkupMatt").
                // A thread whose first header is a name over a badge prints every header so: a later one may stand right
                // under the comment above when a reader mode dropped that comment's buttons ("…first." / "Tom Hollis" /
                // "Retired electrical engineer" / "3 hours ago").
                var above = PreviousNonBlank(kinds, previous);
                var badge = above >= 0 && (IsBadgeUnderName(name, lines[above].Text) || ForumRankLine.Is(name));
                if (above >= 0 && (LooksLikePlace(name) || badge) && kinds[above] == CommentLine.Kind.Text && CommentLine.StripMarker(lines[above].Text, out _) is var author && Words.LooksLikeName(author)
                    && PreviousNonBlank(kinds, above) is var before
                    && (before < 0 || kinds[before] != CommentLine.Kind.Text || (badge && badgedHeaders)
                        || ((above - before > 1 || IsTabRow(lines[before].Text)) && name.Contains(", ", StringComparison.Ordinal))))
                {
                    badgedHeaders |= badge;
                    places.Add(previous);
                    previous = above;
                    name = author;
                }

                // "Commenter" / "Dave of Drummoyne" / "Date and time" / date: the name's own label over it is no text.
                if (PreviousNonBlank(kinds, previous) is var nameLabel and >= 0 && CommentLine.IsNameLabel(lines[nameLabel].Text))
                {
                    places.Add(nameLabel);
                }

                starts.Add(new Start(previous, Whitespace.Collapse(name), null, null));
            }
            else
            {
                footerVotes++;
            }
        }

        return starts;
    }

    /// <summary>"Name", text, then "Like · Reply · 3 years ago": each comment starts after the previous one's date or buttons.</summary>
    private static List<Start> FooterStyleStarts(PageLines lines, CommentLine.Kind[] kinds, HashSet<int> places)
    {
        var starts = new List<Start>();
        var expectingStart = true;
        for (var i = 0; i < lines.Count; i++)
        {
            switch (kinds[i])
            {
                case CommentLine.Kind.Date or CommentLine.Kind.Action:
                    expectingStart = true;
                    break;
                case CommentLine.Kind.Text:
                    // "Mick Dawes:" over the text: a header's colon, as "Name wrote:" without the verb.
                    var name = WithoutBadges(BadgeCells.Without(CommentLine.StripMarker(lines[i].Text, out _))).TrimEnd().TrimEnd(':').TrimEnd();
                    if (expectingStart && Words.LooksLikeName(name))
                    {
                        starts.Add(new Start(i, Whitespace.Collapse(name), null, null));
                    }

                    // Between the heading and the first comment stand the plugin's form ("Posting as Name (Change)   Comment")
                    // and the house rules ("Comments are the opinion of the poster …"): no comment's text yet.
                    expectingStart = starts.Count == 0;
                    break;
                default:
                    break;
            }
        }

        return WithoutUndatedEnds(starts, kinds, places);
    }

    /// <summary>
    /// "Declan Moriarty" / text / "Thu, Sep 26, 2013, 08:02" / "Recommend (12) | Reply" then "↳ Aoife Brennan replied to
    /// Declan Moriarty" / text / time: where the replies' headers are explicit and the other comments' bare names, and every
    /// comment ends in its time, the bare names head comments too.
    /// </summary>
    private static List<Start> WithFooterTimedNames(PageLines lines, CommentLine.Kind[] kinds, List<Start> explicitStarts, HashSet<int> places)
    {
        var footerPlaces = new HashSet<int>();
        var merged = new SortedDictionary<int, Start>();
        foreach (var start in FooterStyleStarts(lines, kinds, footerPlaces).Concat(explicitStarts))
        {
            merged[start.Line] = start;
        }

        var starts = merged.Values.ToList();
        if (starts.Count > explicitStarts.Count && starts.Select((start, s) => HasDate(kinds, start.Line + 1, s + 1 < starts.Count ? starts[s + 1].Line : kinds.Length)).All(timed => timed))
        {
            // The footer-style reading found where the thread ends; its places end the last comment.
            places.UnionWith(footerPlaces);
            return starts;
        }

        return explicitStarts;
    }

    /// <summary>
    /// "Comments page of 1" / "Featured Videos" / "Syrian Refugees Brace for Winter" under the last comment's time, or
    /// "Display threads" / "Collapsed" over the first comment: where every comment ends in its time, a name-like line with
    /// no time under it before the next comment opens no comment, at either end of the thread. The lines from such a line
    /// on under the thread are the page's places, which end the last comment as its buttons would.
    /// </summary>
    private static List<Start> WithoutUndatedEnds(List<Start> starts, CommentLine.Kind[] kinds, HashSet<int> places)
    {
        var first = 0;
        var last = starts.Count;
        while (last > first && !HasDate(kinds, starts[last - 1].Line + 1, last < starts.Count ? starts[last].Line : kinds.Length))
        {
            last--;
        }

        while (first < last && !HasDate(kinds, starts[first].Line + 1, first + 1 < starts.Count ? starts[first + 1].Line : kinds.Length))
        {
            first++;
        }

        if (last - first < 2 || (first == 0 && last == starts.Count))
        {
            return starts;
        }

        for (var i = last < starts.Count ? starts[last].Line : kinds.Length; i < kinds.Length; i++)
        {
            places.Add(i);
        }

        return starts[first..last];
    }

    /// <summary>
    /// "Jack Brennan" / "logged in via Facebook", "Tom Hollis" / "Retired electrical engineer": a sign-in badge or the
    /// writer's own description under a person's name, in words that are not a name's.
    /// </summary>
    /// <remarks>
    /// "Tom Hollis" / "RETIRED ELECTRICAL ENGINEER": CSS may set the description in capitals, where every word looks like a
    /// name's; under a name printed in mixed case, a line in capitals is the description, as the site prints its names alike.
    /// </remarks>
    private static bool IsBadgeUnderName(ReadOnlySpan<char> line, string name) =>
        line.Length <= 40 && Words.Count(line) <= 5 && !Words.HasDigit(line) && !IsLowercaseRun(line)
        && (!Words.LooksLikePersonName(line) || (!line.ContainsAnyInRange('a', 'z') && name.AsSpan().ContainsAnyInRange('a', 'z')))
        && Words.LooksLikePersonName(CommentLine.StripMarker(name, out _));

    /// <summary>
    /// LowercaseTextUnderName (a narrowing of the badge under a name): "Pauvre France15" / "il arrive chez sa tante" / "Le
    /// 19/04/2013 à 22:54": a reply of one short sentence written without capital or full stop, under its writer's name and
    /// over its time. A badge or a rank under a name opens with a capital ("Top Commenter", "Retired electrical engineer") or
    /// is one word; three words or more in small letters only are the comment's text, which the badge reading dropped ("logged
    /// in via Facebook", naming its service with a capital, stays a badge).
    /// </summary>
    private static bool IsLowercaseRun(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || !char.IsLower(trimmed[0]) || Words.Count(trimmed) < 3)
        {
            return false;
        }

        // "logged in via Facebook": a sign-in badge names its service with a capital; a sentence of small letters has none.
        foreach (var letter in trimmed)
        {
            if (char.IsUpper(letter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "All | Reader Picks | NYT Picks" / "Marian H." / "Cobleskill, NY" / date: the thread's filter tabs, short items
    /// joined by bars, stand right over the first comment; like a blank line, they end no comment's text, so a
    /// "Town, State" line under the name is the writer's place.
    /// </summary>
    private static bool IsTabRow(string text) =>
        text.Length <= 80 && text.Contains(" | ", StringComparison.Ordinal) && !Words.EndsSentence(text) && NavigationLine.Is(text);

    /// <summary>"Brooklyn", "Portland, OR": a town printed under a commenter's name.</summary>
    private static bool LooksLikePlace(ReadOnlySpan<char> line) =>
        line.Length <= 40 && (Words.Count(line) == 1 || (line.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && char.IsUpper(line[comma + 2])));

    /// <summary>"Raymond Okoro · Top Commenter · Columbus, Ohio": what follows the name is a badge, a workplace or a town.</summary>
    private static ReadOnlySpan<char> WithoutBadges(ReadOnlySpan<char> line)
    {
        // "Carl Ebersole · Works at Delmar County Highway Dept.": a workplace's abbreviation ends no sentence.
        var at = line.IndexOf(" · ", StringComparison.Ordinal);
        return at > 0 && (!Words.EndsSentence(line) || WorkplaceAbbreviation.Ends(line)) ? line[..at] : line;
    }

    private static CommentLine.Kind NextKind(CommentLine.Kind[] kinds, int index) =>
        NextNonBlank(kinds, index) is var next && next < kinds.Length ? kinds[next] : CommentLine.Kind.Blank;

    private static int PreviousNonBlank(CommentLine.Kind[] kinds, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (kinds[i] != CommentLine.Kind.Blank)
            {
                return i;
            }
        }

        return -1;
    }
}
