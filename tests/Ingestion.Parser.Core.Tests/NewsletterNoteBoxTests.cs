using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsletterNoteBoxTests
{
    private const string Text = """
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        """;

    private static string Page(string box) => $"""
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title></head><body>
        <article><h1>Les vergers du plateau attendent la pluie</h1><p class="byline">Par Lucie Vanderhaegen</p>
        <div class="article-body">{Text}{box}</div></article></body></html>
        """;

    [Fact]
    public void A_titled_box_inviting_to_a_newsletter_is_no_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("""
            <section class="catcher"><div class="catcher__title">Pour tout savoir de la vie des campagnes</div><div class="catcher__desc">
            <p>Cet article est paru dans notre newsletter « La lettre verte ». <a href="/newsletters">Vous pouvez vous inscrire à cette lettre hebdomadaire en suivant ce lien</a>. Chaque lundi, vous y retrouverez nos reportages dans les fermes et les vergers.</p></div></section>
            """)), "vergers.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
