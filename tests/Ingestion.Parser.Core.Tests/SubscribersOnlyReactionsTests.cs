using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A national daily's notice that only subscribers may comment is the comment box's, no body.</summary>
public class SubscribersOnlyReactionsTests
{
    [Theory]
    [InlineData("Pour réagir à cet article, vous devez être abonné. Les réactions sont réservées aux abonnés de La Tribune de Paris. Abonnez-vous à partir de 1 €")]
    [InlineData("Les réactions sont réservées aux abonnés. Identifiez-vous ou abonnez-vous pour réagir.")]
    [InlineData("I commenti sono riservati agli abbonati.")]
    public void The_notice_is_boilerplate(string line)
    {
        Assert.True(SubscribersOnlyReactions.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Les réactions des abonnés ont été nombreuses après le discours du ministre, qui a promis un bilan d'étape.")]
    [InlineData("Pour réagir à la fermeture de l'usine, les élus ont convoqué un conseil municipal extraordinaire jeudi soir.")]
    public void A_sentence_about_reactions_or_subscribers_stays_body(string line) => Assert.False(SubscribersOnlyReactions.Is(line));
}
