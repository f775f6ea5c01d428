namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="The Ashford Ledger-Star"&gt;", "content="kmarchet"", "content="Beacon staff"": chain
/// templates fill the author meta with the paper's own name, the poster's login or a desk, while the byline in the page
/// ("Written by Sarah Lindqvist", "Posted by Kevin Marchetti | The Kettle River Gazette") names the writer. Such a meta
/// names no writer, so the page's byline is read instead.
/// </summary>
internal static class MetaAuthorNoWriter
{
    /// <summary>Longest login a CMS prints as its author meta ("kmarchet").</summary>
    private const int MaxHandle = 20;

    /// <summary>Whether the author meta <paramref name="author"/> names the site <paramref name="site"/>, a login or a desk.</summary>
    public static bool Is(string author, string? site)
    {
        var name = author.AsSpan().Trim();
        return (site is not null && WithoutThe(name).Equals(WithoutThe(site.AsSpan().Trim()), StringComparison.OrdinalIgnoreCase))
            || (site is not null && SiteNameWithKindWord.Is(WithoutThe(name), WithoutThe(site.AsSpan().Trim())))
            || IsLogin(name)
            || IsStaffDesk(name)
            || IsMembersAccount(name)
            || IsSocialHandle(name)
            // "Super User": the CMS's default account (CmsDefaultAccountName).
            || CmsDefaultAccountName.Is(name);
    }

    /// <summary>
    /// "&lt;meta name="author" content="Harbour Society Members"&gt;" over a journal article whose row reads "Author: Bea Okafor":
    /// a society's or club's site signs every page for its members as a body, no writer, as a newsroom signs as its
    /// staff (<see cref="IsStaffDesk"/>). A name of more than five words is not asked.
    /// </summary>
    public static bool IsMembersAccount(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        return name.EndsWith(" members", StringComparison.OrdinalIgnoreCase) && Words.CountUpTo(name, 6) <= 5;
    }

    /// <summary>
    /// "&lt;meta property="article:author" content="@NatGeoUK"&gt;" over the byline "By Michael Hingston": a social account's
    /// handle, "@" and one word, is the site's account, no writer's name.
    /// </summary>
    public static bool IsSocialHandle(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        return name.Length is > 1 and <= MaxSocialHandle && name[0] == '@' && !name[1..].ContainsAny(' ', '@', '.');
    }

    /// <summary>Longest handle a social network allows, with its "@".</summary>
    private const int MaxSocialHandle = 31;

    /// <summary>
    /// "Al Jazeera Staff", "KXRV Staff": a newsroom signing as its staff is a desk, no writer, wherever the page names
    /// it: in the author meta, and as a JSON-LD "Person" too.
    /// </summary>
    public static bool IsStaffDesk(ReadOnlySpan<char> name) => name.Trim().EndsWith(" staff", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "&lt;meta name="author" content="Deutsche Welle (www.dw.com)"&gt;" beside "&lt;meta name="publisher" content="Deutsche Welle
    /// (www.dw.com)"&gt;": a CMS that fills the author meta with the publisher's own line names no writer; the page's byline does.
    /// DublinCorePublisher (a widening): the Dublin Core publisher ("&lt;meta name="DC.publisher" content="Ediciones Diario
    /// Sur"&gt;") is asked as the publisher meta is, when the author and DC.creator metas repeat the publishing company.
    /// ApplicationNameAuthor (a widening): "&lt;meta name="author" content="Harbour Magazine"&gt;" beside "&lt;meta
    /// name="application-name" content="Harbour Magazine"&gt;" (the name a browser pins the site under) over the byline "By
    /// Name": the author meta repeating the site's application name signs with the publication, no writer, so the byline is
    /// read. It is asked as the publisher meta is: word for word, case aside.
    /// </summary>
    public static bool NamesPublisher(string author, string? publisher) =>
        publisher is not null && author.AsSpan().Trim().Equals(publisher.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " :: ", " · "];

    /// <summary>
    /// "&lt;meta name="AUTHOR" content="Cedar Valley Online"&gt;" beside "&lt;meta name="COPYRIGHT" content="Copyright (c) by Cedar
    /// Valley Online"&gt;" under the title "Cedar Valley Online - Cedar Falls township votes …": PHP-Nuke and other portals
    /// fill the author meta with the site's name, which both the copyright meta and a part of the document title repeat.
    /// </summary>
    public static bool NamesOwner(string author, string? copyright, string? documentTitle)
    {
        var name = author.Trim();
        if (name.Length > 0 && (NamesCompany(name) || OrganisationNameForm.Is(name) || (copyright is not null && IsCopyrightHolder(name, copyright))))
        {
            return true;
        }

        if (name.Length == 0 || copyright is null || documentTitle is null || !copyright.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = Whitespace.Collapse(documentTitle).Split(TitleSeparators, StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.Any(part => part.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Legal forms of a company: a writer's name never carries one.</summary>
    private static readonly WordSet LegalForms = new(["gmbh", "ag", "kg", "inc", "ltd", "limited", "llc", "plc", "corp", "s.a", "s.l", "srl", "s.p.a", "bv", "nv"]);

    /// <summary>
    /// "&lt;meta name="author" content="Hafenblatt Verlag GmbH, Bremen, Germany"&gt;": the publishing company, its legal form
    /// ("GmbH", "Inc.", "Ltd") among the words before the first comma, is the owner, no writer.
    /// </summary>
    public static bool NamesCompany(string name)
    {
        // "株式会社インプレス": the legal form glued to the name (KanjiLegalForm).
        if (KanjiLegalForm.Marks(name))
        {
            return true;
        }

        var head = name.AsSpan();
        if (head.IndexOf(',') is var comma and > 0)
        {
            head = head[..comma];
        }

        var last = head.TrimEnd().TrimEnd('.');
        var space = last.LastIndexOf(' ');
        return space > 0 && LegalForms.Contains(last[(space + 1)..]);
    }

    /// <summary>
    /// "&lt;meta name="author" content="NORDKURIER ONLINE, Kiel, Germany"&gt;" beside "&lt;meta name="copyright"
    /// content="NORDKURIER ONLINE, Kiel, Germany"&gt;": the author meta word for word the copyright meta's holder (its
    /// "Copyright", "©", "(c)", "by" and year dropped) names who owns the page, not who wrote it.
    /// </summary>
    private static bool IsCopyrightHolder(string name, string copyright)
    {
        var holder = copyright.AsSpan().Trim();
        while (true)
        {
            var before = holder.Length;
            foreach (var mark in CopyrightMarks)
            {
                if (holder.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
                {
                    holder = holder[mark.Length..].TrimStart();
                }
            }

            while (holder.Length > 0 && (char.IsDigit(holder[0]) || holder[0] is '-' or '–' or ','))
            {
                holder = holder[1..].TrimStart();
            }

            if (holder.Length == before)
            {
                break;
            }
        }

        // "© Name 2019 All Rights Reserved": the rights phrase closes the line, the year stands before it.
        holder = WithoutTrailingYear(RightsReservedAfterHolder.Strip(holder));
        return holder.Length > 0 && holder.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Copyright (c) Condé Nast 2019", "© Harbour Media 2010-2019": a publishing group's template may print the year after
    /// the holder instead of before it; the year is no part of the holder's name. Only a year (four digits from 1900 on, or
    /// a range of two) goes, so a holder whose name ends in a number ("Channel 4") keeps it.
    /// </summary>
    private static ReadOnlySpan<char> WithoutTrailingYear(ReadOnlySpan<char> holder)
    {
        for (var range = 0; range < 2; range++)
        {
            holder = holder.TrimEnd().TrimEnd('.');
            var start = holder.Length - 4;
            if (start < 1 || !IsYear(holder[start..]) || holder[start - 1] is not (' ' or '-' or '–' or ','))
            {
                break;
            }

            holder = holder[..start].TrimEnd().TrimEnd('-').TrimEnd('–').TrimEnd(',');
        }

        return holder.TrimEnd();
    }

    private static bool IsYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && (text.StartsWith("19") || text.StartsWith("20")) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    private static readonly string[] CopyrightMarks = ["copyright", "©", "(c)", "by "];

    private static ReadOnlySpan<char> WithoutThe(ReadOnlySpan<char> name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>
    /// "kmarchet", "jsmith2": lower-case letters and digits with no space, as a CMS login is. A JSON-LD "Person" so named
    /// ("name": "anna_k7x2", Yoast's graph filled from the account that posted) is no writer either: no byline prints a
    /// login in place of a name, and a page that shows one says so in its byline, which is read instead.
    /// </summary>
    public static bool IsLogin(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > MaxHandle)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
