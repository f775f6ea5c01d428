using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FrenchPhotoCreditLineTests
{
    [Theory]
    [InlineData("Crédit photo : Simon Lévesque-Ouellet")]
    [InlineData("Crédits photo : Julie Pelletier, Le Courrier")]
    [InlineData("Crédit photo: Archives La Presse")]
    public void A_credit_line_labelled_credit_photo_is_a_credit(string line) => Assert.True(CaptionDetector.IsCreditOnly(line));

    [Theory]
    [InlineData("Crédit photo : la photo a été prise mardi par un lecteur qui passait devant le quai.")]
    [InlineData("Le crédit photo n'a pas été précisé par le ministère.")]
    public void A_sentence_about_the_credit_is_no_credit(string line) => Assert.False(CaptionDetector.IsCreditOnly(line));
}
