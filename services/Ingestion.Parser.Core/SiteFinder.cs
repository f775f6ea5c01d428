using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// The site's name on a text page: the masthead above the headline, the first name-like line of the page's chrome
/// ("The Millbrook Ledger"), checked against what the copyright line, the footer and the host name say of it.
/// </summary>
internal sealed class SiteFinder(PageLines lines, int end)
{
    private static readonly SearchValues<char> DomainCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>"Business Intel Inc": a company's legal form, no part of the publication's name.</summary>
    internal static readonly WordSet LegalForms = new(["inc", "llc", "ltd", "corp", "plc", "gmbh", "mbh", "ag", "kg", "sarl", "sas", "srl", "spa", "bv", "nv"]);

    /// <summary>"Elbmarsch-Zeitung Verlagsgesellschaft mbH": a German paper's publishing company after the paper's name.</summary>
    private static readonly WordSet PublishingCompanyWords = new(["verlagsgesellschaft", "verlag", "verlagshaus", "mediengesellschaft"]);

    /// <summary>The last word of a company's name: "Maple Broadcasting Corporation".</summary>
    private static readonly WordSet CompanyWords = new(["corporation", "corp.", "corp", "inc.", "inc", "ltd.", "ltd", "llc", "company", "co.", "group", "holdings", "plc", "limited"]);

    private static readonly PrefixSet AppealPrefixes = new(["support ", "donate ", "subscribe ", "become a ", "join ", "search ", "ask ", "about ", "contact ",
        // "Login using your social network", "Buscar en todo el sitio", "Agregar El Diario Sur en Google": a sign-in box's prompt, a
        // search field's placeholder and a button adding the site to a reader's sources, in a text browser's copy.
        "login ", "log in ", "sign in ", "sign up ", "buscar ", "suche ", "rechercher ", "cerca ", "pesquisar ", "agregar ", "add ",
        // "Discover Carrow Holdings", "Mein Sentinel": the owner's corporate link and the reader's account area.
        "discover ", "mein ", "meine ",
        // "Not a member? Sign up", "No account? Register": the sign-in box's offer to register.
        "not a member?", "not registered?", "no account?", "don't have an account?",
        // "Back to blog", "Zurück zur Startseite", "See next articles", "Toggle navigation": a link back to the site's front or
        // section, a carousel's pager and a menu button, printed over the headline.
        "back to ", "zurück zu", "retour à ", "retour au ", "volver a ", "volver al ", "see next ", "see previous ", "see more ", "see all ", "toggle ",
        // "Toutes les actualités locales": a French paper's link to all its stories of a kind, as "See all".
        "toutes les ", "tous les ",
        // "Anzeige: Cloud Services": an advertiser's link among the menus, labelled as an ad.
        "anzeige: ", "advertisement: ", "sponsored: ", "werbung: ", "publicité : "]);

    private string? _copyrightLine;

    /// <summary>
    /// The site's name, or null; a blog of a network is named as the footer names it. A text browser's list marker ("• Mashable")
    /// is no part of the name.
    /// </summary>
    public string? Find(int titleIndex) => FindMasthead(titleIndex) is { } site ? NetworkMemberSite(WithoutListMarker(site), titleIndex) : null;

    private static string WithoutListMarker(string line) =>
        CommentLine.StripMarker(line, out var marker) is var name && marker == CommentLine.Marker.Bullet ? name.ToString() : line;

    /// <summary>The site's name: the first name-like line of the chrome above the title ("The Millbrook Ledger").</summary>
    private string? FindMasthead(int titleIndex)
    {
        string? first = null;
        string? namedHost = null;
        var firstInMenu = false;
        Func<string, bool> isNamedAtFoot = name => CopyrightHolds(name) || IsFooterName(name, titleIndex) || IsMoreFromName(name, titleIndex);
        for (var i = 0; i < titleIndex; i++)
        {
            // "News" / "Sports" / … or "Home | News | Sports": the menu's section links name no site, though a broadcaster's
            // copyright line ("ABC News Internet Ventures") holds the word.
            if (BlogPlatformBar.Is(lines[i].Text) || SignInBarButton.Is(lines, i) || SiteMenuLine.Is(lines[i].Text) || EditionPickerItem.Is(lines[i].Text))
            {
                continue;
            }

            if (first is null && FeedExportHeader.Paper(lines, i) is { } feedPaper && OpensPage(i))
            {
                return feedPaper;
            }

            // "Follow refinery29" over "© 2016 Refinery29": the header's follow button for the site's own account names no
            // masthead; the account the copyright line holds is the site, as the holder spells it (FollowButtonAccount).
            if (lines[i].Text.StartsWith("Follow ", StringComparison.OrdinalIgnoreCase) && FollowButtonAccount.Of(lines[i].Text) is { } account)
            {
                if (first is null || firstInMenu)
                {
                    if (CopyrightHolder() is { } followedHolder && FollowButtonAccount.IsHolder(account, followedHolder))
                    {
                        return followedHolder;
                    }

                    // "• 247Sports © 2016" in the footer's links, over a parent company's own notice: the account signs its page.
                    if (SignsBeforeCopyrightSign(account))
                    {
                        return account;
                    }
                }

                continue;
            }

            // "WKNV Donate Listen Live" over "© 2012 WKNV": the top bar's buttons after the name the copyright line gives.
            var withoutButtons = MastheadButtons.Without(lines[i].Text);
            var text = !ReferenceEquals(withoutButtons, lines[i].Text) && CopyrightHolds(withoutButtons) ? withoutButtons : lines[i].Text;
            text = EditionDateOnMasthead.NameBefore(text) ?? text;
            // "Toggle Navigation Men's Journal": the menu button's label before the logo's name (MenuButtonBeforeLogo).
            text = MenuButtonBeforeLogo.Name(text) ?? text;
            var logoBeforeWeather = LogoBeforeWeather.Name(text, place => IsDatelinePlace(place, titleIndex));
            text = logoBeforeWeather ?? text;
            var logoBeforeMenu = LogoBeforeMenu.Name(text, isNamedAtFoot);
            text = logoBeforeMenu ?? text;
            // Only the page's first line: a headline or a kicker may open with the site's name and end in a full stop.
            var logoBeforeTagline = logoBeforeMenu is null && OpensPage(i) ? LogoBeforeTagline.Name(text, isNamedAtFoot) : null;
            text = logoBeforeTagline ?? text;
            namedHost ??= IsHostNamedInCopyright(text) ? text.Trim() : null;
            // "Site | tagline", and a broadcaster's "WKRV Channel 8 - Riverton, Ohio": the name before its tagline.
            var bar = text.IndexOf(" | ", StringComparison.Ordinal);
            var dash = bar > 0 ? -1 : text.IndexOf(" - ", StringComparison.Ordinal);
            var name = (bar > 0 ? text[..bar] : dash > 0 ? text[..dash] : text).Trim();
            var logoBeforeSignIn = LogoBeforeSignIn.Name(text);
            var beforeLogoWord = logoBeforeSignIn ?? LogoBeforePlace.Name(name) ?? name;
            name = WithoutLogoWord(beforeLogoWord);
            // "Sentinel Logo": the alt text that calls the picture the logo names the site, in one word too.
            var namedLogo = !ReferenceEquals(name, beforeLogoWord);
            name = PaperBlogsMasthead.Paper(name, IsNamedInCopyright) ?? name;
            // The whole line is asked through the page, which keeps the answers.
            var wholeLine = ReferenceEquals(name, text) && logoBeforeMenu is null && logoBeforeWeather is null && logoBeforeTagline is null;
            if (name.Length == 0 || (wholeLine ? lines.IsBoilerplate(i) : BoilerplateFilter.IsBoilerplate(name)) || text.Contains("  ", StringComparison.Ordinal)
                || (wholeLine ? lines.TryParseDate(i, out _) : DateLineParser.TryParseLine(name, out _)) || IsAppeal(name) || IsAccountLink(name) || InterfaceLabelLine.Is(name) || RunTogetherTopBar.Is(name) || IsDatedTopBar(name) || IsLabelledLinkRow(name) || LanguageSwitchLink.Is(name) || IsSectionOverTitle(name, i, titleIndex) || IsProgrammeOverTitle(name, i, titleIndex) || IsBlogOfCopyrightHolder(name, titleIndex) || IsShowOverTitle(name, i, titleIndex) || IsBlogNamedInDocumentTitle(name, i)
                || AccountIdLink.Is(name, lines, i, titleIndex) || HeadlineCopyOverTitle.Is(lines[i].Text, lines[titleIndex].Text) || IsWriterUnderTitle(name, i, titleIndex)
                || (lines.PreviousNonBlank(i) is >= 0 and var above && AvatarAltText.IsProfileLinkOf(lines[above].Text, name))
                || (lines.PreviousNonBlank(titleIndex) == i && SentenceCaseKicker.Is(name) && !CopyrightHolds(name))
                || (lines.IsMenuItem(i) && !OpensPage(i) && HolderSectionMenuItem.Is(name, CopyrightHolder())))
            {
                continue;
            }

            // "L'Écho de Riviere-Dorion / The Riviere-Dorion Echo": a bilingual masthead the copyright line names whole.
            if (BilingualMasthead.Is(name) && IsNamedInCopyright(name))
            {
                return Whitespace.Collapse(name);
            }

            var words = Words.Count(name);
            if (words <= 5 && Words.LooksLikeName(name) && (char.IsUpper(name[0]) || OpensWithLowercaseArticle(name) || logoBeforeSignIn is not null || IsLowercaseHostLogo(name, i) || IsLowercaseWordmark(name, i)) && (logoBeforeSignIn is not null || !NavigationLine.Is(text) || IsLogoOpeningBarMenu(name, bar)) && !EndsWithCount(name)
                && (words >= 2 || namedLogo || name.Contains('-', StringComparison.Ordinal) || IsNamedInCopyright(name) || IsFooterBrand(name, titleIndex) || (IsDomain(name) && (lines.StandsAlone(i) || logoBeforeSignIn is not null || IsHostLogoOpeningFooterLine(name, i)))
                    || IsCreditedInDateline(name, titleIndex) || IsLogoRepeatedInFooter(name, i, titleIndex) || IsTopBarRepeatedByLogo(name, i)
                || BlogNameOverRepeatedTitle.Is(lines, i, titleIndex)))
            {
                var site = words == 1 ? ExtendedMasthead(name, i, titleIndex) : dash > 0 ? CopyrightFormOf(Whitespace.Collapse(name)) : Whitespace.Collapse(name);
                // A menu item ("Life & Style") may come first: the name the copyright line gives ("ThePembertonPost.com") wins,
                // unless it is the company behind the masthead above it ("Maple News" / "Maple Broadcasting Corporation").
                // A one-word menu item ("News") inside the company's name ("Examiner News and Media Limited") names nothing.
                // "EL HERALDO DE VALDEORIA" / … / "VALDEORIA": the town's section under the masthead that holds its name.
                if (words == 1 && PlaceWordOfMasthead.Is(name, first))
                {
                    continue;
                }

                if (IsNamedInCopyright(words == 1 ? name : site) && !(first is not null && IsOwnerOf(site, first)) && !(words == 1 && lines.IsMenuItem(i) && !OpensPage(i)))
                {
                    return site;
                }

                if (words == 1 && first is null && IsLogoRepeatedInFooter(name, i, titleIndex))
                {
                    return site;
                }

                // "Gulf Meridian English" / "Home" / "News" / "Middle East" / … / "Middle East" over the headline: a name standing
                // alone that the menu under the masthead lists is the story's section, no rival to the masthead.
                if (first is null || (firstInMenu && (lines.StandsAlone(i) || IsHolderNamedAfter(site)) && !SectionKickerInMenu.Is(lines, i)))
                {
                    firstInMenu = first is null && lines.IsMenuItem(i) && !IsCapitalsMastheadOpeningPage(site, i);
                    first = site;
                }
            }
        }

        // A menu item first ("Food & Drink") on a page whose logo is a picture: the copyright line's publication is the site.
        if (firstInMenu && first is not null && namedHost is null && MenuItemBeforeHolder.IsKickerOverTitle(lines, first, titleIndex) && !CopyrightHolds(first)
            && CopyrightHolder() is { } menuHolder && MenuItemBeforeHolder.HolderWins(first, menuHolder))
        {
            return menuHolder;
        }

        // "Quick links" row or menu item first, over "Holder › Section › Blog": the trail's home crumb names the copyright's holder.
        if (first is not null && namedHost is null && !CopyrightHolds(first) && CopyrightHolder() is { } trailHolder
            && Words.Count(trailHolder) >= 2 && HolderOpeningTrail.Opens(lines, trailHolder, titleIndex))
        {
            return trailHolder;
        }

        // "derDonaustandard.at", "veinteminutos.es" above an edition line: a host name as the logo, which the copyright line names.
        // A dump that starts at the headline: "Published … | SentinelNews.com", "By Name | Skyway News – …" over "© Skyway
        // Inc.", "Name, NATION TODAY …" are its only traces of the publication.
        return (namedHost is not null && (first is null || !CopyrightHolds(first)) ? namedHost : first) ?? SourceDomain(titleIndex)
            ?? DateLineHostSource.Name(lines, titleIndex, end)
            ?? (CopyrightHolder() is { } holder ? ProviderExtendingHolder.Name(lines, titleIndex, end, holder) ?? LogoOpeningSpacedMenu.Name(lines, titleIndex, holder) ?? holder : null)
            ?? CapitalsPaperInByline.Name(lines, titleIndex, end)
            ?? BylineOutletCredited.Name(lines, titleIndex, end)
            ?? BylineBlockOutletLine.Name(lines, titleIndex, end)
            ?? WireHolderOnItsOwnPage(titleIndex);
    }

    private const int BylineLinesUnderTitle = 6;

    /// <summary>
    /// "Opinion" / "Dana Whitcomb" / headline / "by: Dana Whitcomb": a columnist's name right over the headline, the byline
    /// under it naming the same writer first, is the column's label and no masthead; a byline may name the outlet last.
    /// </summary>
    private bool IsWriterUnderTitle(string name, int index, int titleIndex)
    {
        if (lines.PreviousNonBlank(titleIndex) != index)
        {
            return false;
        }

        for (var i = titleIndex + 1; i < Math.Min(end, titleIndex + BylineLinesUnderTitle); i++)
        {
            if (lines.TryReadMetadata(i, out var found) && found.Authors is [var writer, ..] && writer == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Copyright 2013 The Associated Press. … may not be published …" under a story the byline credits to that wire.</summary>
    private string? WireHolderOnItsOwnPage(int titleIndex)
    {
        _copyrightLine ??= FindCopyrightLine();
        return WireOwnNotice.IsWireNotice(_copyrightLine) && NoticeHolder(_copyrightLine.AsSpan().Trim()) is { } wire
            && WireOwnNotice.IsCreditedUnderTitle(wire, lines, titleIndex)
            ? wire
            : null;
    }

    /// <summary>
    /// "derDonaustandard.at" over "© derDonaustandard.at 2014", "veinteminutos.es" over "© Veinte Minutos Editora, S.L.":
    /// a host name whose name part the copyright line holds, its spaces and case aside.
    /// </summary>
    private bool IsHostNamedInCopyright(string line)
    {
        var text = line.AsSpan().Trim();
        var dot = text.LastIndexOf('.');
        if (text.Length is < 5 or > 40 || dot < 3 || text.Length - dot is < 3 or > 5 || text[(dot + 1)..].ContainsAnyExceptInRange('a', 'z')
            || text.ContainsAny(' ', '/', '@') || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return IsHostCharacters(text) && CopyrightHolds(text[..dot]);
    }

    /// <summary>Whether the copyright line holds the name, its spaces and case aside ("LA VOCE DELLA SERA" in "© La Voce della Sera").</summary>
    private bool CopyrightHolds(ReadOnlySpan<char> name)
    {
        _copyrightLine ??= FindCopyrightLine();
        if (_copyrightLine.Length == 0)
        {
            return false;
        }

        var copyright = _copyrightLine.Replace(" ", "", StringComparison.Ordinal);
        return copyright.Contains(name.ToString().Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || (WithoutLeadingArticle(name) is { IsEmpty: false } bare && copyright.Contains(bare.ToString().Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Northern Ledger" of "The Northern Ledger": a company's name in the copyright line ("© 2012 Northern Ledger News and
    /// Media Limited") drops the masthead's article; the name left must keep two words, as one word may be any word. A
    /// masthead in capitals prints its article so too ("THE CAPITOL BEACON" over "© 2013 Capitol Beacon Media LLC").
    /// </summary>
    private static ReadOnlySpan<char> WithoutLeadingArticle(ReadOnlySpan<char> name)
    {
        var bare = name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("THE ", StringComparison.Ordinal) ? name[4..].Trim() : [];
        return bare.Contains(' ') ? bare : [];
    }

    /// <summary>
    /// "Fan Nation Blogs" (the network's bar) / … / "Howl Street" / title … "Howl Street is part of the Fan Nation Blogs
    /// network": a blog of a network names itself in the footer; its masthead above the title is the site. Without
    /// such a footer, the name over the blog's community tagline (<see cref="CommunityTagline"/>) is.
    /// </summary>
    private string NetworkMemberSite(string network, int titleIndex)
    {
        const string PartOf = " is part of the ";
        for (var i = end; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var at = text.Length < 120 ? text.IndexOf(PartOf, StringComparison.Ordinal) : -1;
            if (at > 0 && text.AsSpan(at + PartOf.Length).StartsWith(network, StringComparison.Ordinal)
                && lines.FindLine(text[..at], titleIndex) >= 0)
            {
                return text[..at];
            }
        }

        // "SBN" / league menu / "Blue Line Report" / "A Tennessee Titans community" / title: a footer that names no member
        // blog leaves the name over the blog's tagline.
        return CommunityTagline.BlogName(lines, titleIndex) ?? network;
    }

    /// <summary>
    /// "eldiarionacional.es" alone on its line over the menu: a logo that prints the site's host name in lower case, as
    /// Spanish, French and Italian dailies do; a host name in a sentence or a link row stands with other words.
    /// </summary>
    private bool IsLowercaseHostLogo(string name, int index) =>
        char.IsAsciiLetterLower(name[0]) && !name.StartsWith("www.", StringComparison.Ordinal) && IsDomain(name)
        && (lines.StandsAlone(index) || IsHostLogoOpeningFooterLine(name, index));

    /// <summary>"laVocedelGarda.it" over its tagline, opening the page, and opening the legal line at its foot (<see cref="HostLogoOpeningFooterLine"/>).</summary>
    private bool IsHostLogoOpeningFooterLine(string name, int index) =>
        OpensPage(index) && HostLogoOpeningFooterLine.Is(lines, name, index + 1, FooterLines);

    /// <summary>
    /// "Accueil > Lille" / "FAITS DIVERS" / "Lille: Un vélo …" over "24 Heures Chrono © 2013": a rubric in capitals right over
    /// the headline, under the page's menus, which the copyright line names no part of, is the story's section, no masthead.
    /// </summary>
    /// <remarks>
    /// "Media Industry" / "Updated" / headline: over the label of a time stamp the rendering printed without its time, a
    /// section's name in title case is the kicker too.
    /// </remarks>
    private bool IsSectionOverTitle(string name, int index, int titleIndex) =>
        (lines.PreviousNonBlank(titleIndex) is var above && above == index
            ? !name.AsSpan().ContainsAnyInRange('a', 'z') && name.AsSpan().ContainsAnyInRange('A', 'Z')
            : above > index && BareTimeLabel.Is(lines[above].Text) && lines.PreviousNonBlank(above) == index)
        && !OpensPage(index) && !CopyrightHolds(name) && CopyrightHolder() is not null;

    /// <summary>
    /// "THE BRIEFING WITH DANA HOLLIS" right over "Obama Challenges U.N. on Syria; Kerry and Lavrov Near Deal …": capitals over a
    /// title-case headline, which the copyright line does not name, are the programme or kicker (<see cref="CapitalsOverTitleCase"/>).
    /// </summary>
    private bool IsProgrammeOverTitle(string name, int index, int titleIndex) =>
        lines.PreviousNonBlank(titleIndex) == index && CapitalsOverTitleCase.Is(name, lines[titleIndex].Text) && !CopyrightHolds(name);

    /// <summary>"The Note" over "The Note: …" where the copyright line names another holder: the blog, no masthead.</summary>
    private bool IsBlogOfCopyrightHolder(string name, int titleIndex) =>
        BlogNameOnHeadline.Is(name, lines[titleIndex].Text) && !CopyrightHolds(name) && CopyrightHolder() is not null;

    /// <summary>
    /// "Headline – Capitol Desk - GNN.com Blogs" / "Capitol Desk" / … / "© 2013 Global News Network": the blog the page's
    /// document title names as one of a network's blogs, where the copyright line names another holder, is a section of
    /// that holder's site (<see cref="BlogNameInDocumentTitle"/>).
    /// </summary>
    private bool IsBlogNamedInDocumentTitle(string name, int index) =>
        lines.NextNonBlank(-1, end) is var first && first >= 0 && first < index && BlogNameInDocumentTitle.Is(lines[first].Text, name)
        && !CopyrightHolds(name) && CopyrightHolder() is not null;

    /// <summary>
    /// "Good Morning America" / headline / … / "Copyright © 2013 Broadcast News Ventures": a network's show or blog names
    /// itself alone on the page's first line, the headline straight under it with no menu between, and the copyright line
    /// names another holder: the show is a section of that site, no masthead.
    /// </summary>
    private bool IsShowOverTitle(string name, int index, int titleIndex) =>
        lines.PreviousNonBlank(titleIndex) == index && OpensPage(index) && IsNameAlone(name, index) && !CopyrightHolds(name) && CopyrightHolder() is not null;

    /// <summary>
    /// A logo line that goes on with the weather or the account links ("KTRV 6 News Amarillo 58°F Clear … | Log in") is the
    /// site's top bar, and a name a text browser centres is the masthead's logo ("Somerton Gazette" over a publisher's
    /// copyright line): no show's name, though either may stand right over the headline once no menu is printed between.
    /// </summary>
    private bool IsNameAlone(string name, int index) => !lines[index].Centred && lines[index].Text.AsSpan().Trim().SequenceEqual(name);

    /// <summary>
    /// "msnbn" / "Home" / "TV Schedule" … "© 2013 msnbn.com": a network's wordmark set in lower case, alone on the page's
    /// first line, which the copyright line spells the same way.
    /// </summary>
    private bool IsLowercaseWordmark(string name, int index) =>
        name.Length >= 3 && !name.AsSpan().ContainsAnyExceptInRange('a', 'z') && OpensPage(index) && IsNamedInCopyright(name);

    /// <summary>
    /// "THE SUMMIT" / "Home" / "News" … / "Global Affairs" / headline: a masthead of two or more words set in capitals on the
    /// page's first line, its menu run straight under it, is the logo; a blog's or section's name further down is no rival.
    /// </summary>
    private bool IsCapitalsMastheadOpeningPage(string name, int index) =>
        OpensPage(index) && name.Contains(' ', StringComparison.Ordinal) && !name.AsSpan().ContainsAnyInRange('a', 'z');

    /// <summary>"la Tribuna.it", "l'Unione Sarda": Italian, French and Spanish mastheads may print their article in lower case.</summary>
    private static bool OpensWithLowercaseArticle(string name)
    {
        var space = name.AsSpan().IndexOfAny(' ', '\'', '’');
        return space is > 0 and <= 2 && space + 1 < name.Length && char.IsUpper(name[space + 1]) && name.AsSpan(0, space) is "la" or "il" or "le" or "el" or "lo" or "l";
    }

    /// <summary>"Maple Broadcasting Corporation" under "Maple News": a company's name that starts as the masthead does is its owner's.</summary>
    private static bool IsOwnerOf(string company, string masthead)
    {
        var lastSpace = company.LastIndexOf(' ');
        var firstSpace = masthead.IndexOf(' ');
        return lastSpace > 0 && firstSpace > 0 && CompanyWords.Contains(company.AsSpan(lastSpace + 1).TrimEnd(','))
            && company.StartsWith(masthead[..(firstSpace + 1)], StringComparison.Ordinal);
    }

    /// <summary>
    /// "WKRV Channel 8" over "Copyright 2013 WKRV.": the station's own name, without its channel; "News 5 WMRQ" over
    /// "© … WorldNow and WMRQ": the call sign in capitals, wherever the masthead prints it.
    /// </summary>
    private string CopyrightFormOf(string masthead)
    {
        var space = masthead.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || IsNamedInCopyright(masthead))
        {
            return masthead;
        }

        if (IsNamedInCopyright(masthead[..space]))
        {
            return masthead[..space];
        }

        foreach (var range in masthead.AsSpan(space + 1).Split(' '))
        {
            var word = masthead.AsSpan(space + 1)[range];
            if (word.Length >= 3 && !word.ContainsAnyExceptInRange('A', 'Z') && word.ToString() is var callSign && IsNamedInCopyright(callSign))
            {
                return callSign;
            }
        }

        return masthead;
    }

    /// <summary>"Closings &amp; Delays (3)", "Comments (12)": a link with its count, never the masthead.</summary>
    private static bool EndsWithCount(string name)
    {
        var open = name.LastIndexOf('(');
        return open > 0 && name.EndsWith(')') && open + 2 < name.Length && !name.AsSpan(open + 1, name.Length - open - 2).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"WXNB" over the text's "HARLAN, Ind. (WXNB) --": a station's call sign, which its own dateline credits.</summary>
    private bool IsCreditedInDateline(string name, int titleIndex)
    {
        for (var i = titleIndex + 1; i < Math.Min(lines.Count, titleIndex + DatelineReach); i++)
        {
            var text = lines[i].Text;
            var at = text.Length > 40 ? text.IndexOf(name, StringComparison.Ordinal) : -1;
            if (at is > 0 and < 60 && text[at - 1] == '(' && at + name.Length < text.Length && text[at + name.Length] == ')')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Amarillo" of the weather box, which the text's dateline prints in capitals: "AMARILLO, TX (KTRV) -".</summary>
    private bool IsDatelinePlace(string place, int titleIndex)
    {
        var dateline = place.ToUpperInvariant() + ",";
        for (var i = titleIndex + 1; i < Math.Min(lines.Count, titleIndex + DatelineReach); i++)
        {
            if (lines[i].Text.AsSpan().TrimStart().StartsWith(dateline, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines under the headline searched for the text's first paragraph and its dateline.</summary>
    private const int DatelineReach = 30;

    /// <summary>"© 2013 Coastal Wire. All Rights Reserved.": with no masthead, the footer still names the publication.</summary>
    /// <summary>"The Wall Ledger" over "© 2013 Ledger &amp; Company, Inc.": the publisher is named after the masthead (<see cref="HolderWordInMasthead"/>).</summary>
    private bool IsHolderNamedAfter(string name) => CopyrightHolder() is { } holder && HolderWordInMasthead.Is(name, holder);

    /// <summary>The publication the page's copyright line names ("© Copyright 2020 Carrow Valley Ledger, 114 Front St."), or null.</summary>
    public string? CopyrightHolder()
    {
        _copyrightLine ??= FindCopyrightLine();
        var text = _copyrightLine.AsSpan().Trim();
        return WireOwnNotice.IsWireNotice(text) && !OwnedPublisherNotice.NamesOwningCompany(text) ? null : NoticeHolder(text);
    }

    /// <summary>The holder a notice names, after "©" or "Copyright".</summary>
    private static string? NoticeHolder(ReadOnlySpan<char> text)
    {
        text = text.StartsWith("©", StringComparison.Ordinal) ? text[1..].TrimStart() : RegisteredMarkNotice.WithoutSign(text);
        // "© Copyright 2000-2013 Portal Sulnotícias.": the word may follow the sign as well as stand for it.
        text = text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) ? text["copyright".Length..] : text;
        // "WKPR 89.7 · A service of Lindell State University · © 2013 WKPR": the footer's words before the sign; the holder
        // follows it. "La Gaceta del Litoral · Términos y condiciones · © 2020 Todos los derechos reservados": no holder
        // follows it, and the name opening the footer is the holder.
        return text.IndexOf('©') is > 0 and var sign && HolderName(WithoutCopyrightWord(text[(sign + 1)..])) is { } holder ? holder : HolderName(text);
    }

    /// <summary>"All content © Copyright 2000 - 2013 …": the word may follow a sign that stands inside the footer too.</summary>
    private static ReadOnlySpan<char> WithoutCopyrightWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        return text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) ? text["copyright".Length..] : text;
    }

    /// <summary>"2013 Coastal Wire. All Rights Reserved." after the sign: the name before the first mark, without year or legal form.</summary>
    private static string? HolderName(ReadOnlySpan<char> text)
    {
        text = LeadingLegalForm.Without(WithoutLeadingYears(text));
        // "© 2007–16 CC BY-NC-SA 2.0 …": a Creative Commons licence names no holder (LicenceAfterCopyrightYears).
        if (LicenceAfterCopyrightYears.Opens(text))
        {
            return null;
        }

        // "Copyright © 2013 The Westbrook Herald • FLEX Pro WordPress Theme by SNO • Log in": a bullet parts the footer's cells too.
        var end = text.IndexOfAny(".|,·•");
        var name = (end > 0 ? text[..end] : text).Trim();
        // "© Diario Nacional Media S.A. | Aviso legal": a dotted legal form ("S.A.", "S.L.", "N.V.") is cut at its first
        // full stop, which leaves its first letter alone after the name.
        if (end > 0 && name.Length > 3 && name[^2] == ' ' && char.IsAsciiLetterUpper(name[^1]) && end + 2 < text.Length && char.IsAsciiLetter(text[end + 1]))
        {
            name = name[..^2].TrimEnd();
        }

        // "© Rundblick Online 2013 | Impressum": the year may follow the name instead of leading it.
        if (name.Length > 6 && name[^5] == ' ' && name[^4..] is ['1' or '2', '0' or '9', >= '0' and <= '9', >= '0' and <= '9'])
        {
            name = name[..^5].TrimEnd();
        }

        // "24 Heures Chrono © 2013 | Mentions légales": the sign after the name, then its year.
        name = name.TrimEnd(" ©");
        if (StationCoHolder.CallSignOf(name) is { } station)
        {
            return station;
        }

        // "Copyright © 2013 Business Intel Inc. All rights reserved.": the company's legal form is no part of the publication's name.
        if (name.LastIndexOf(' ') is > 0 and var last && LegalForms.Contains(name[(last + 1)..]))
        {
            name = name[..last].TrimEnd(" ,");
            if (name.LastIndexOf(' ') is > 0 and var publisher && PublishingCompanyWords.Contains(name[(publisher + 1)..]))
            {
                name = name[..publisher].TrimEnd(" ,");
            }
        }

        return name.Length > 0 && (char.IsUpper(name[0]) || char.IsAsciiDigit(name[0])) && Words.Count(name) <= 5 && Words.LooksLikeName(name) && !BoilerplateFilter.IsBoilerplate(name.ToString())
            && !name.StartsWith("All rights", StringComparison.OrdinalIgnoreCase) && !RightsReservedPhrase.Opens(name) && !IsThemeVendor(name)
            ? name.ToString()
            : null;
    }

    /// <summary>
    /// "Copyright © 2016 Free Blog Templates | Distributed By …": a blog theme's notice, left in the footer by the blogger,
    /// names the theme's maker, not the blog.
    /// </summary>
    private static bool IsThemeVendor(ReadOnlySpan<char> name) =>
        name.EndsWith(" templates", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" themes", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "2013 Coastal Wire", "2012-2013 Ledger", "© 2013": the years before the holder's name; a name that opens with a number
    /// ("24 Heures Chrono") keeps it. "© 0 Coastal Wire": a rendering prints 0 where a script writes the year.
    /// </summary>
    private static ReadOnlySpan<char> WithoutLeadingYears(ReadOnlySpan<char> text)
    {
        text = text.TrimStart(" ©-–");
        text = text.StartsWith("0 ", StringComparison.Ordinal) ? text[2..] : text;
        while (text.Length >= 4 && !text[..4].ContainsAnyExceptInRange('0', '9') && (text.Length == 4 || !char.IsAsciiDigit(text[4])))
        {
            // "2007–16 …": the range's end in two digits (LicenceAfterCopyrightYears).
            text = LicenceAfterCopyrightYears.WithoutShortYearEnd(text[4..]).TrimStart(" ©-–");
        }

        return text;
    }

    /// <summary>A reader view's copy starts with the page's domain ("northfieldledger.com"), its only trace of the publication.</summary>
    private string? SourceDomain(int titleIndex)
    {
        var first = lines.NextNonBlank(-1, end);
        if (first < 0 || first >= titleIndex)
        {
            return null;
        }

        var text = lines[first].Text;
        var domain = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return IsDomain(text) && domain.Contains('.', StringComparison.Ordinal) ? domain : null;
    }

    /// <summary>
    /// "northfieldledger.com", "GoldenGate.com": a host name, a masthead some sites print as their logo; its name part may
    /// hold accented letters ("LaPresseBoréale.ca"), and a logo in capitals prints the whole name so ("ELHERALDOANDINO.COM").
    /// </summary>
    internal static bool IsDomain(string text)
    {
        var dot = text.LastIndexOf('.');
        if (text.Length > 60 || dot <= 0 || dot >= text.Length - 2)
        {
            return false;
        }

        var topLevel = text.AsSpan(dot + 1);
        var isCapitals = !text.AsSpan().ContainsAnyInRange('a', 'z');
        return (!topLevel.ContainsAnyExceptInRange('a', 'z') || (isCapitals && !topLevel.ContainsAnyExceptInRange('A', 'Z')))
            && (!text.AsSpan(0, dot).ContainsAnyExcept(DomainCharacters) || IsHostCharacters(text.AsSpan(0, dot)));
    }

    /// <summary>Letters of any alphabet, digits, dots and hyphens: what a host name holds, accented ones included.</summary>
    private static bool IsHostCharacters(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A logo word ("Zephyr") and, further down the chrome, the publication's full name ("Zephyr News", or a network's
    /// town edition "Brookhaven Patch"): the full name.
    /// </summary>
    private string ExtendedMasthead(string logo, int index, int titleIndex)
    {
        for (var i = index + 1; i < titleIndex; i++)
        {
            var text = Whitespace.Collapse(lines[i].Text);
            if (text.Length > logo.Length + 1 && (text.StartsWith(logo + " ", StringComparison.Ordinal) || text.EndsWith(" " + logo, StringComparison.Ordinal))
                && Words.Count(text) <= 3 && Words.LooksLikeName(text)
                && !lines.IsBoilerplate(i) && !IsAppeal(text) && !IsSubscriptionTier(text) && !AccountIdLink.NamesIdentity(text))
            {
                // "Circuitree HD" / "Circuitree Mobile": a menu of the network's sister sites, none of them the full name.
                return i + 1 < titleIndex && lines[i + 1].Text.StartsWith(logo + " ", StringComparison.Ordinal) ? logo : text;
            }
        }

        return logo;
    }

    /// <summary>"Parlance Plus", "Ledger Premium": the paid tier in the menu, not the publication's full name.</summary>
    private static bool IsSubscriptionTier(string text) =>
        text.EndsWith(" Plus", StringComparison.Ordinal) || text.EndsWith(" Premium", StringComparison.Ordinal) || text.EndsWith(" Insider", StringComparison.Ordinal);

    /// <summary>Lines at the foot of a page, where its footer repeats the masthead above its links.</summary>
    private const int FooterLines = 40;

    /// <summary>
    /// "Tarnwire" right above the headline and again heading the footer's block of links ("Tarnwire" / "About" / "Help"):
    /// a network site's one-word masthead, which no copyright line names.
    /// </summary>
    private bool IsFooterBrand(string name, int titleIndex)
    {
        if (lines.PreviousNonBlank(titleIndex) is var masthead && (masthead < 0 || !lines[masthead].Text.AsSpan().Trim().SequenceEqual(name)))
        {
            return false;
        }

        for (var i = Math.Max(titleIndex + 1, lines.Count - FooterLines); i < lines.Count; i++)
        {
            if (lines[i].Text == name && lines[i - 1].IsBlank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"KVRN 12 | 400 Broadway | Dunlow, OK": a footer line that opens with the name before its address.</summary>
    private bool IsFooterName(string name, int titleIndex)
    {
        for (var i = Math.Max(titleIndex + 1, lines.Count - FooterLines); i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (text.StartsWith(name, StringComparison.Ordinal) && text[name.Length..].StartsWith(" | ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "247Sports © 2016": a line that opens with the name, bulleted perhaps, before the copyright sign. Asked only of a
    /// follow button's account, on the pages that print one, so every line is read: the footer's links may stand over
    /// the page's long last rails.
    /// </summary>
    private bool SignsBeforeCopyrightSign(string name)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = BodyListBullet.Without(lines[i].Text.Trim()).AsSpan();
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && text[name.Length..].TrimStart().StartsWith('©'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"More from MSNBV News" anywhere under the headline: the heading of the site's own stories names it.</summary>
    private bool IsMoreFromName(string name, int titleIndex)
    {
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            if (MoreFromHeading.Names(lines[i].Text, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Verso" / "Menu" / …: the page's first line that is no furniture, where a masthead stands, even among menu items.</summary>
    private bool OpensPage(int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (!lines[i].IsBlank && !lines.IsBoilerplate(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Sluice" or "Slashpoint" over the menus and alone again on a line of the footer: the logo, printed twice, when
    /// nothing but furniture stands above it.
    /// </summary>
    private bool IsLogoRepeatedInFooter(string name, int index, int titleIndex)
    {
        if (!OpensPage(index))
        {
            return false;
        }

        for (var i = Math.Max(Math.Max(titleIndex + 1, end), lines.Count - FooterLines); i < lines.Count; i++)
        {
            if (lines[i].Text.AsSpan().Trim().SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "BayPortal | Bay Sentinel | Sign In | Register" over the logo's row "BayPortal" (its search field gone): a portal's top
    /// bar opens with its own name, which its logo repeats alone under it.
    /// </summary>
    private bool IsTopBarRepeatedByLogo(string name, int index)
    {
        if (!lines.StandsAlone(index))
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (lines[i].Text.AsSpan().Trim().StartsWith(name + " | ", StringComparison.Ordinal))
            {
                return OpensPage(i);
            }
        }

        return false;
    }

    /// <summary>
    /// "Torque Report | News | First Drives | Reviews" over "© 2013 Torque Report.": a text browser prints the logo's alt
    /// text as the first item of the bar-joined menu; a name of two words or more that the copyright line gives is the logo.
    /// </summary>
    private bool IsLogoOpeningBarMenu(string name, int bar) => bar > 0 && Words.Count(name) >= 2 && IsNamedInCopyright(name);

    /// <summary>
    /// A one-word masthead ("Norrlandsbladet") is told from a menu item by the copyright line naming it; a masthead in
    /// capitals ("THE LARKSPUR QUARTERLY") is named by the copyright's mixed case too.
    /// </summary>
    private bool IsNamedInCopyright(string name)
    {
        _copyrightLine ??= FindCopyrightLine();
        // "MERIDIAN" over "© Meridian 2014": a one-word masthead set in capitals, which the copyright line spells in mixed case.
        return _copyrightLine.Contains(name, StringComparison.Ordinal)
            || ((name.Contains(' ', StringComparison.Ordinal) || (name.Length >= 4 && !name.AsSpan().ContainsAnyInRange('a', 'z')))
                && _copyrightLine.Contains(name, StringComparison.OrdinalIgnoreCase))
            || (name.Contains(' ', StringComparison.Ordinal) && IsGluedInCopyright(name.Replace(" ", "", StringComparison.Ordinal)))
            || IsWordOfCapitalsCopyright(name);
    }

    /// <summary>
    /// "Torque Report" over "© 2013 TorqueReport.com": the copyright line glues the name's words, a word of its own. Inside a
    /// longer word ("Web Hosting" in "Proudly hosted by WebHostingBuzz", a menu link to the host) it names something else.
    /// </summary>
    private bool IsGluedInCopyright(string glued)
    {
        var at = _copyrightLine!.IndexOf(glued, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && IsWordAt(_copyrightLine, at, glued.Length);
    }

    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    /// <summary>
    /// "Ballantine" over "©2013 BALLANTINE L.P. ALL RIGHTS RESERVED.": a copyright line set wholly in capitals spells a
    /// one-word masthead in capitals; the name must stand there as a whole word.
    /// </summary>
    private bool IsWordOfCapitalsCopyright(string name)
    {
        if (name.Length < 4 || name.Contains(' ', StringComparison.Ordinal) || _copyrightLine is null || _copyrightLine.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var at = _copyrightLine.IndexOf(name.ToUpperInvariant(), StringComparison.Ordinal);
        return at >= 0 && IsWordAt(_copyrightLine, at, name.Length);
    }

    // Asked of every line from the foot up: with invariant globalization, a case-insensitive IndexOf compares character by character.
    private static readonly SearchValues<string> CopyrightAfterBar = SearchValues.Create([" | Copyright "], StringComparison.OrdinalIgnoreCase);

    private string FindCopyrightLine()
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text.AsSpan().TrimStart();
            // "Bitstream is powered by your submissions … | Copyright © 2013 Bitstream Media.": the footer's slogan before the notice.
            if (text.IndexOfAny(CopyrightAfterBar) is > 0 and var notice && text.Length - notice < 120)
            {
                return text[(notice + 3)..].ToString();
            }

            // "All contents © 2013 The Parlance Group.": the sign may follow a few words.
            if (text.StartsWith("©", StringComparison.Ordinal) || text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)
                || (text.Length < 120 && text.Contains('©')))
            {
                return lines[i].Text;
            }

            // "This material may not be published, broadcast, rewritten, or redistributed. ©2013 Liberty News Network, LLC. …":
            // the site's own notice after the wire's words.
            if (text.IndexOf('©') is > 0 and var sign && text.Length - sign < 120 && text.Contains("may not be published", StringComparison.OrdinalIgnoreCase))
            {
                return text[sign..].ToString();
            }
        }

        // "2013 Ledgerline Media LLC. All Rights Reserved.": the sign dropped by the dump, the year and the notice left.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text.AsSpan().TrimStart();
            if (text.Length is > 4 and < 120 && char.IsAsciiDigit(text[0]) && text.Contains("rights reserved", StringComparison.OrdinalIgnoreCase))
            {
                return lines[i].Text;
            }
        }

        // "® 2016 Bustle": a notice under the registered-trademark sign, read only when no copyright line was found.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (RegisteredMarkNotice.Is(lines[i].Text))
            {
                return lines[i].Text;
            }
        }

        return "";
    }

    /// <summary>
    /// "Support the Harbour Ledger", "Donate to …": a reader-revenue banner naming the site, never the site's name line; nor
    /// is a menu item that names it ("Ask Slashpoint", "About the Ledger"), nor a sign-in or search prompt, a link back, a
    /// menu button or an ad's label.
    /// </summary>
    private static bool IsAppeal(string text) => AppealPrefixes.Matches(text) || IsNavigationLabel(text);

    /// <summary>"Site Navigation", "Site Search Navigation": a screen reader's label over the menu, printed as a line.</summary>
    private static bool IsNavigationLabel(string text) => text.EndsWith(" navigation", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Science Hub Account", "My Account": the sign-in box's heading or link, which may name the site's network.</summary>
    private static bool IsAccountLink(string name) => name.EndsWith(" Account", StringComparison.Ordinal) && Words.CountUpTo(name, MaxAccountLinkWords + 1) <= MaxAccountLinkWords;

    private const int MaxAccountLinkWords = 4;

    /// <summary>
    /// "The Carrow County Sentinel logo", "Sentinel Logo": a text browser prints the logo picture's alt text, which names it
    /// a logo; "The Harbour homepage": the logo link's label, which names where it leads.
    /// </summary>
    internal static string WithoutLogoWord(string name)
    {
        // "Logo HBKA": the word before the name (LogoWordBeforeName).
        if (LogoWordBeforeName.NameAfter(name) is { } named)
        {
            return named;
        }

        foreach (var word in LogoWords)
        {
            if (name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && Words.CountUpTo(name, 2) >= 2)
            {
                return name[..^word.Length].TrimEnd();
            }
        }

        return name;
    }

    private static readonly string[] LogoWords = [" logo", " homepage", " home page"];

    /// <summary>
    /// "Thursday, September 12, 2013 Subscribe", "Martes 12/03/2013 Regístrate Inicia sesión": the top bar's date and
    /// its buttons over the logo. A logo printed with the date after it was read by <see cref="EditionDateOnMasthead"/>.
    /// </summary>
    /// <summary>
    /// "Trending: Dreamforce Salesforce Taxes": a row of topic links under its label, one word and a colon, printed under
    /// the search box; a label names no site.
    /// </summary>
    private static bool IsLabelledLinkRow(string name) =>
        name.IndexOf(": ", StringComparison.Ordinal) is > 1 and var colon && !name.AsSpan(0, colon).Contains(' ') && char.IsUpper(name[colon + 2]);

    private static bool IsDatedTopBar(string name) => Words.HasDigit(name) && DateLineParser.Parse(name, out _) is { Date: not null };
}
