using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBeforeSignInTests
{
    [Theory]
    [InlineData("Harbor.com Sign in | Register | Today's Edition", "Harbor.com")]
    [InlineData("Waikato News Log in | Sign up Weather Traffic", "Waikato News")]
    [InlineData("newsdaily.com.au Login Register", "newsdaily.com.au")]
    [InlineData("LaPresseBoréale.ca Mon compte | Infolettres | Météo -8°C", "LaPresseBoréale.ca")]
    [InlineData("El Diario Andino Mi cuenta | Suscripciones", "El Diario Andino")]
    [InlineData("El Independiente Iniciar sesión Suscríbete", "El Independiente")]
    [InlineData("Donaukurier Anmelden Registrieren", "Donaukurier")]
    [InlineData("Donaukurier Anmelden | Hilfe", null)]
    [InlineData("Jobs Cars Property Log in Register", null)]
    [InlineData("Please log in to comment", null)]
    [InlineData("Waikato News Log in to see more", null)]
    public void The_logo_is_what_stands_before_the_sign_in_link(string line, string? logo) => Assert.Equal(logo, LogoBeforeSignIn.Name(line));
}
