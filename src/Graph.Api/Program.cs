using Graph.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphApi();

var app = builder.Build();
app.MapGraphApi();
app.Run();
