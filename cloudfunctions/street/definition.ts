import { defineFunction } from '../core/functionKit';
import { getStreetHome } from '../core/street/getStreetHome';
import { joinStreet } from '../core/street/joinStreet';
import { addCatalogueItem } from '../core/street/addCatalogueItem';
import { exportCatalogue } from '../core/street/exportCatalogue';
import { getStreetCatalogue } from '../core/street/getStreetCatalogue';
import { noteCatalogueItem } from '../core/street/noteCatalogueItem';
import { retireCatalogueItem } from '../core/street/retireCatalogueItem';

export const streetFunction = defineFunction('street', {
  'street.join': joinStreet,
  'street.home': getStreetHome,
  'streetCatalogue.get': getStreetCatalogue,
  'streetCatalogue.add': addCatalogueItem,
  'streetCatalogue.retire': retireCatalogueItem,
  'streetCatalogue.note': noteCatalogueItem,
  'streetCatalogue.export': exportCatalogue,
});
