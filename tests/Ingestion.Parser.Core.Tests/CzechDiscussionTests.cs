using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A Czech daily's thread: "Diskuse (N)" over it, "Reakce na Name" under a flat reply's header, "Odpovědět   Nahlásit" rows.</summary>
public class CzechDiscussionTests
{
    private const string Page = """
        Brno zdraží jízdné v MHD, jednorázová jízdenka bude stát třicet korun

        Lucie Horáková
        26. září 2013, 17:42

        Dopravní podnik města Brna od prosince zdraží jednorázové jízdenky. Nejlevnější lístek na patnáct minut podraží o tři koruny.

        Cenu ročního kupónu za 4 750 korun město nemění. Podle radnice chce lidi motivovat, aby jezdili pravidelně.

        Diskuse (3)

        Jan Novák   26.9.2013 18:04
        Třicet korun za jednu jízdu je hodně.
        Odpovědět   Nahlásit

        Petr Svoboda   26.9.2013 18:22
        Reakce na Jan Novák
        V Praze stojí jízdenka 32 korun a nikdo si nestěžuje.
        Odpovědět   Nahlásit

        Karel Dvořák   26.9.2013 18:55
        Roční kupón se vyplatí.
        Odpovědět   Nahlásit
        """;

    [Fact]
    public void The_discussion_heading_counts_the_comments() =>
        Assert.Equal(3, PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.txt").DeclaredCommentCount);

    [Fact]
    public void A_flat_reply_names_its_parent_and_the_button_row_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.txt");

        Assert.Equal(["Jan Novák", "Petr Svoboda", "Karel Dvořák"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], page.Comments.Select(comment => comment.Parent));
        Assert.Equal(["V Praze stojí jízdenka 32 korun a nikdo si nestěžuje."], page.Comments[1].Paragraphs);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Odpovědět", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_opening_with_the_words_stays_text()
    {
        const string Sentence = "Reakce na zdražení byla v radě města bouřlivá, opozice odešla ze sálu a hlasování se odložilo.";
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("Roční kupón se vyplatí.", Sentence, StringComparison.Ordinal)), "page.txt");

        Assert.Equal([Sentence], page.Comments[2].Paragraphs);
        Assert.Null(page.Comments[2].Parent);
    }
}
