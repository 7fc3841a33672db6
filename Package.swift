// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sppctl",
    products: [
        .executable(name: "sppctl", targets: ["sppctl"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "Exporters", targets: ["Exporters"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "PolicyModel",
            dependencies: ["CYAML"]
        ),
        .target(
            name: "Exporters",
            dependencies: ["PolicyModel"]
        ),
        .plugin(
            name: "BuildInfo",
            capability: .buildTool()
        ),
        .executableTarget(
            name: "sppctl",
            dependencies: [
                "PolicyModel",
                "Exporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildInfo"]
        ),
        .target(
            name: "SppctlTestSupport",
            dependencies: ["PolicyModel", "Exporters"],
            path: "Tests/SppctlTestSupport"
        ),
        .testTarget(
            name: "PolicyModelTests",
            dependencies: ["PolicyModel", "SppctlTestSupport"]
        ),
        .testTarget(
            name: "ExportersTests",
            dependencies: ["Exporters", "PolicyModel", "SppctlTestSupport"]
        ),
        .testTarget(
            name: "SppctlCLITests",
            dependencies: ["SppctlTestSupport", "sppctl"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
